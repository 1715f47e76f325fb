// npm run seed — validate the curated seed (seed/), then write it to Neo4j in one transaction.
import { loadConfigOrExit } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { applySchema } from '../src/db/schema.js';
import { writeSeed } from '../src/db/curation.js';
import { compileSeed } from '../src/write/seedFolder.js';
import { resolveConnection } from '../neo4j/connect.js';
import { LocalNeo4jError } from '../neo4j/launcher.js';

const config = loadConfigOrExit();
const seed = compileSeed();
if (seed.errors.length) {
  for (const e of seed.errors) console.error(`seed/${e.file}: ${e.id}: ${e.message}`);
  console.error(`seed: ${seed.errors.length} error(s); nothing was written.`);
  process.exit(1);
}
console.log(`seed: ${seed.nodes.length} nodes and ${seed.rels.length} relationships validated`);
try {
  const conn = await resolveConnection(config);
  const driver = createDriver(conn, config.neo4j);
  try {
    await applySchema(driver, conn.database);
    const t0 = Date.now();
    const r = await writeSeed(driver, conn.database, seed);
    console.log(
      `seed: wrote ${r.nodesWritten} nodes and ${r.relsWritten} relationships, removed ${r.nodesRemoved} nodes and ${r.relsRemoved} relationships, ${r.unchanged} unchanged (${Date.now() - t0} ms)`,
    );
  } finally {
    await driver.close();
  }
} catch (err) {
  console.error(err instanceof LocalNeo4jError ? err.message : `seed: ${(err as Error).message}`);
  process.exit(1);
}
