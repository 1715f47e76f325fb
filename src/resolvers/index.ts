// All resolvers, merged per type. One module per domain: find a field's resolver in the module
// named after its domain (actors, documents, events, law, obligations, findings, graph, sources, base).
// Relationship fields have no resolver there: relationships.ts makes them from the schema's
// `@relationship` declarations.
import { GraphQLScalarType } from 'graphql';
import type { Resolvers } from '../generated/graphql.js';
import { actorResolvers } from './actors.js';
import { baseResolvers } from './base.js';
import { curationResolvers } from './curation.js';
import { documentResolvers } from './documents.js';
import { eventResolvers } from './events.js';
import { findingResolvers } from './findings.js';
import { graphResolvers } from './graph.js';
import { ingestionResolvers } from './ingestion.js';
import { lawResolvers } from './law.js';
import { obligationResolvers } from './obligations.js';
import { relationshipResolvers } from './relationships.js';
import { sourceResolvers } from './sources.js';

const modules: Resolvers[] = [
  baseResolvers,
  actorResolvers,
  documentResolvers,
  eventResolvers,
  lawResolvers,
  obligationResolvers,
  findingResolvers,
  graphResolvers,
  sourceResolvers,
  curationResolvers,
  ingestionResolvers,
];

// Per type, field by field: several modules resolve fields of Query, Mutation or a shared type;
// a field resolved twice is a mistake, refused at start-up.
const merged: Record<string, Record<string, unknown>> = {};
for (const module of modules) {
  for (const [type, fields] of Object.entries(module as Record<string, Record<string, unknown>>)) {
    if (fields instanceof GraphQLScalarType) {
      merged[type] = fields;
      continue;
    }
    const twice = Object.keys(fields).filter((f) => merged[type] && f in merged[type]);
    if (twice.length) throw new Error(`${twice.map((f) => `${type}.${f}`).join(', ')}: resolved in two modules`);
    merged[type] = { ...merged[type], ...fields };
  }
}
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
