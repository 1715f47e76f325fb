// Where the database is: the server NEO4J_URI names, or the project's own local one, started
// on demand. Either way the caller gets a Connection for src/db/driver.ts.
import type { Config } from '../src/config.js';
import type { Connection } from '../src/db/driver.js';
import { instanceFor, start } from './launcher.js';

export async function resolveConnection(
  config: Config,
  log: (line: string) => void = console.log,
): Promise<Connection> {
  if (!config.local) {
    return {
      uri: config.neo4j.uri!,
      username: config.neo4j.username,
      password: config.neo4j.password!,
      database: config.neo4j.database,
    };
  }
  const instance = instanceFor(config.local, 'default', config.neo4j.password);
  const started = await start(config.local, instance, log);
  if (!started.alreadyRunning) log(`neo4j: ready after ${started.seconds.toFixed(1)} s`);
  return {
    uri: instance.boltUri,
    username: instance.username,
    password: instance.password,
    database: config.neo4j.database,
  };
}
