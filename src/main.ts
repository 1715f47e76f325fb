// npm start: the database (started if local), its schema, the seed, then the API.
import { loadConfigOrExit } from './config.js';
import { disablePretenuring } from './heap.js';
import { createDriver } from './db/driver.js';
import { applySchema } from './db/schema.js';
import { createLogger } from './log.js';
import { ensureAppBuilt } from './appBuild.js';
import { startServer } from './server.js';
import { warmUp } from './warmUp.js';
import { loadedDigest, writeSeed } from './db/curation.js';
import { compileSeed } from './write/seedFolder.js';
// The entry point is the one module of src/ that reaches outside it: a local Neo4j is
// provisioned here, before anything of the API exists.
import { resolveConnection } from '../neo4j/connect.js';
import { LocalNeo4jError } from '../neo4j/launcher.js';

disablePretenuring();
const config = loadConfigOrExit();
// The workbench builds (when its build is missing or stale) while the database starts.
const appBuilt = ensureAppBuilt({ verbose: true }).catch((err: Error) => {
  console.error(`workbench: the build failed, so /app is unavailable: ${err.message}`);
  return undefined;
});
try {
  const conn = await resolveConnection(config);
  const driver = createDriver(conn, config.neo4j);
  await driver.verifyConnectivity({ database: conn.database });
  await applySchema(driver, conn.database);
  console.log('neo4j: constraints and indexes in place');
  if (config.seedOnStart) {
    const seed = compileSeed();
    if (seed.errors.length) {
      for (const e of seed.errors) console.error(`seed/${e.file}: ${e.id}: ${e.message}`);
      throw new Error(`the seed has ${seed.errors.length} error(s); fix them or set SEED_ON_START=false`);
    }
    if ((await loadedDigest(driver, conn.database)) === seed.digest) console.log('seed: already loaded');
    else {
      const r = await writeSeed(driver, conn.database, seed);
      console.log(`seed: wrote ${r.nodesWritten} nodes and ${r.relsWritten} relationships`);
    }
  }
  const logger = createLogger(config.logLevel);
  const server = await startServer(
    {
      driver,
      database: conn.database,
      txTimeoutMs: config.neo4j.txTimeoutMs,
      maxPageSize: config.maxPageSize,
      limits: config.limits,
      logger,
      production: config.production,
      introspection: config.introspection,
      corsOrigins: config.corsOrigins,
      responseCacheSeconds: config.responseCacheSeconds,
      execution: config.execution,
      keepAliveTimeoutMs: config.http.keepAliveTimeoutMs,
      headersTimeoutMs: config.http.headersTimeoutMs,
      maxWriteBatch: config.maxWriteBatch,
      auth: config.auth,
      appDir: await appBuilt,
    },
    config.http.host,
    config.http.port,
  );
  console.log(
    `GraphQL: ${server.url} (operations run by ${server.execution === 'compiled' ? 'graphql-jit, compiled' : 'graphql-js'})`,
  );
  // Reads that need a token cannot be asked anonymously; planning then waits for the first user.
  if (!config.auth.requireTokenForReads) void warmUp(server.url, logger);
  if (await appBuilt) console.log(`Workbench: ${new URL('/app/', server.url).href}`);
  if (config.local) {
    console.log(
      `Neo4j Browser: http://127.0.0.1:${config.local.httpPort}/browser/ (connect to ${conn.uri}, user ${conn.username}, password in .neo4j/password)`,
    );
  }
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining requests and closing the database driver...`);
    await server.stop();
    await driver.close();
    console.log('stopped (the local Neo4j keeps running: npm run db:stop stops it)');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (err) {
  console.error(err instanceof LocalNeo4jError ? err.message : `start-up failed: ${(err as Error).message}`);
  process.exit(1);
}
