// Starts a throwaway Neo4j for the test run (own ports and data folder, removed afterwards)
// unless NEO4J_TEST_URI names one; applies the schema, loads the seed, and serves the API on a
// free port. Test files read the connection with inject().
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { loadConfig, type LocalNeo4jConfig } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { applySchema } from '../src/db/schema.js';
import { instanceFor, start, stop, type Instance } from '../neo4j/launcher.js';
import { createLogger } from '../src/log.js';
import { startServer, type RunningServer } from '../src/server.js';
import { browserSkipReason } from '../scripts/chromium.js';
import { writeSeed } from '../src/db/curation.js';
import { compileSeed } from '../src/write/seedFolder.js';
import { ensureAppBuilt } from '../src/appBuild.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUsername: string;
    neo4jPassword: string;
    neo4jDatabase: string;
    apiUrl: string;
    /** Set when the suite runs its own server, so the fault tests may stop and start it. */
    localInstance: string | null;
  }
}

let instance: Instance | undefined;
let server: RunningServer | undefined;

/** The throwaway server's settings: the local defaults with the test ports, heap and page cache. The fault tests use it to restart that server. */
export function testLocalConfig(env: NodeJS.ProcessEnv = process.env): LocalNeo4jConfig {
  const base = loadConfig({ ...env, NEO4J_URI: undefined, NEO4J_PASSWORD: undefined });
  return {
    ...base.local!,
    boltPort: Number(env.NEO4J_TEST_BOLT_PORT ?? 17687),
    httpPort: Number(env.NEO4J_TEST_HTTP_PORT ?? 17474),
    heap: env.NEO4J_TEST_HEAP ?? '768m',
    pageCache: '256m',
  };
}

/** Removes the folders of test servers whose run crashed before its teardown (no live process). */
function sweepStaleInstances(cacheDir: string): void {
  const root = path.join(cacheDir, 'instances');
  if (!fs.existsSync(root)) return;
  for (const name of fs.readdirSync(root).filter((n) => n.startsWith('test-'))) {
    const pidFile = path.join(root, name, 'run', 'neo4j.pid');
    const pid = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8')) : NaN;
    let alive = false;
    try {
      alive = Number.isInteger(pid) && pid > 0 && process.kill(pid, 0);
    } catch {
      alive = false;
    }
    if (!alive) fs.rmSync(path.join(root, name), { recursive: true, force: true });
  }
}

export default async function setup(project: TestProject) {
  const env = process.env;
  const skipped = browserSkipReason();
  if (skipped) console.log(`[browser] ${skipped}`);
  // The workbench builds (once per run, and only when stale) while the database starts.
  const appBuilt = ensureAppBuilt({ log: (line) => console.log(`[workbench] ${line}`) });
  appBuilt.catch(() => undefined); // awaited below; this only keeps an early database failure the one reported
  let uri: string, username: string, password: string;
  const database = env.NEO4J_TEST_DATABASE ?? 'neo4j';
  const base = loadConfig({ ...env, NEO4J_URI: undefined, NEO4J_PASSWORD: undefined });
  if (env.NEO4J_TEST_URI) {
    uri = env.NEO4J_TEST_URI;
    username = env.NEO4J_TEST_USERNAME ?? 'neo4j';
    password = env.NEO4J_TEST_PASSWORD ?? '';
  } else {
    const local = testLocalConfig(env);
    sweepStaleInstances(local.cacheDir);
    // Hex: neo4j-admin reads a password starting with '-' (possible in base64url) as an option.
    instance = instanceFor(local, `test-${process.pid}`, randomBytes(12).toString('hex'));
    // A throwaway server starts empty, even if a crashed run with the same pid left a folder.
    fs.rmSync(instance.dir, { recursive: true, force: true });
    const t0 = Date.now();
    await start(local, instance, (line) => console.log(`[test db] ${line}`));
    console.log(`[test db] ready on ${instance.boltUri} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    ({ boltUri: uri, username, password } = instance);
  }
  const driver = createDriver({ uri, username, password, database }, base.neo4j);
  await applySchema(driver, database);
  const seed = compileSeed();
  if (seed.errors.length) throw new Error(`seed errors: ${JSON.stringify(seed.errors.slice(0, 5))}`);
  await writeSeed(driver, database, seed);
  server = await startServer(
    {
      driver,
      database,
      txTimeoutMs: 10_000,
      maxPageSize: base.maxPageSize,
      limits: base.limits,
      logger: createLogger(env.TEST_LOG_LEVEL ?? 'silent'),
      corsOrigins: ['http://allowed.example'],
      appDir: await appBuilt,
    },
    '127.0.0.1',
    0,
  );

  project.provide('neo4jUri', uri);
  project.provide('neo4jUsername', username);
  project.provide('neo4jPassword', password);
  project.provide('neo4jDatabase', database);
  project.provide('apiUrl', server.url);
  project.provide('localInstance', instance ? instance.dir : null);

  return async () => {
    await server?.stop();
    await driver.close();
    if (instance) {
      await stop(instance);
      fs.rmSync(instance.dir, { recursive: true, force: true });
    }
  };
}
