// npm run db:start | db:stop | db:status — the project's local Neo4j server.
import { loadConfigOrExit } from '../src/config.js';
import { instanceFor, LocalNeo4jError, start, status, stop } from '../neo4j/launcher.js';

const command = process.argv[2];
const config = loadConfigOrExit();

if (!config.local) {
  console.log(`NEO4J_URI is set (${config.neo4j.uri}): the project uses that server and manages none.`);
  process.exit(0);
}
const local = config.local;
const instance = instanceFor(local, 'default', config.neo4j.password);

try {
  if (command === 'start') {
    const r = await start(local, instance);
    console.log(
      r.alreadyRunning
        ? `neo4j: already running on ${instance.boltUri}`
        : `neo4j: ready on ${instance.boltUri} after ${r.seconds.toFixed(1)} s`,
    );
    console.log(`neo4j: Browser ${instance.browserUrl}  (user ${instance.username}, password ${instance.password})`);
  } else if (command === 'stop') {
    console.log((await stop(instance)) ? 'neo4j: stopped' : 'neo4j: was not running');
  } else if (command === 'status') {
    const s = await status(instance);
    if (s.pid === undefined) console.log('neo4j: not running');
    else console.log(`neo4j: pid ${s.pid}, Bolt ${instance.boltUri} ${s.answering ? 'answering' : 'not answering'}`);
    process.exitCode = s.answering ? 0 : 1;
  } else {
    console.error('usage: tsx scripts/db.ts start|stop|status');
    process.exitCode = 2;
  }
} catch (err) {
  if (err instanceof LocalNeo4jError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
