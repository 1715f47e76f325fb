// The Neo4j GraphQL Library's type definitions for the benchmark, with the obligation status rule
// its custom overdue field needs taken from the API's one definition (src/db/status.ts), so both
// answer by the same rule as it changes (retraction, withdrawal, late fulfilment...).
import fs from 'node:fs';
import { statusAsOf } from '../src/db/status.js';

export function libraryTypeDefs(): string {
  const text = fs.readFileSync(new URL('neo4j-graphql.typeDefs.graphql', import.meta.url), 'utf8');
  return text.replaceAll('{{statusRule}}', statusAsOf('n', '$asOf'));
}
