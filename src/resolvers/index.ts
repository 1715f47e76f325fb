// All resolvers, merged per type. One module per domain: find a field's resolver in the module
// named after its domain (actors, documents, events, law, obligations, findings, graph, base).
// Relationship fields have no resolver there: relationships.ts makes them from the schema's
// `@relationship` declarations.
import type { Resolvers } from '../generated/graphql.js';
import { actorResolvers } from './actors.js';
import { baseResolvers } from './base.js';
import { documentResolvers } from './documents.js';
import { eventResolvers } from './events.js';
import { findingResolvers } from './findings.js';
import { graphResolvers } from './graph.js';
import { ingestionResolvers } from './ingestion.js';
import { lawResolvers } from './law.js';
import { obligationResolvers } from './obligations.js';
import { relationshipResolvers } from './relationships.js';

const modules: Resolvers[] = [
  baseResolvers,
  actorResolvers,
  documentResolvers,
  eventResolvers,
  lawResolvers,
  obligationResolvers,
  findingResolvers,
  graphResolvers,
  ingestionResolvers,
];

const merged: Record<string, Record<string, unknown>> = {
  ...Object.assign({}, ...modules),
  Query: Object.assign({}, ...modules.map((m) => m.Query ?? {})),
  Mutation: Object.assign({}, ...modules.map((m) => m.Mutation ?? {})),
};
for (const [type, fields] of Object.entries(relationshipResolvers)) {
  // A module resolver would silently replace the declared traversal: refuse it at start-up.
  const both = Object.keys(fields).filter((f) => merged[type] && f in merged[type]);
  if (both.length)
    throw new Error(
      `${both.map((f) => `${type}.${f}`).join(', ')}: declared with @relationship and resolved in a module too`,
    );
  merged[type] = { ...merged[type], ...fields };
}

export const resolvers = merged as Resolvers;
