// Where the database is: the server NEO4J_URI names, or the project's own local one, started
// on demand. Either way the rest of the code gets a Connection and a Driver.
import type { Config } from '../config.js';
import { instanceFor, start } from '../localNeo4j.js';
import type { Connection } from './driver.js';

export async function resolveConnection(config: Config, log: (line: string) => void = console.log): Promise<Connection> {
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
  return { uri: instance.boltUri, username: instance.username, password: instance.password, database: config.neo4j.database };
}
