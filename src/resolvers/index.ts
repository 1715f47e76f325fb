// All resolvers, merged per type. One module per domain: find a field's resolver in the module
// named after its domain (actors, documents, events, law, obligations, findings, graph, base).
import type { Resolvers } from '../generated/graphql.js';
import { actorResolvers } from './actors.js';
import { baseResolvers } from './base.js';
import { documentResolvers } from './documents.js';
import { eventResolvers } from './events.js';
import { findingResolvers } from './findings.js';
import { graphResolvers } from './graph.js';
import { lawResolvers } from './law.js';
import { obligationResolvers } from './obligations.js';

const modules: Resolvers[] = [baseResolvers, actorResolvers, documentResolvers, eventResolvers, lawResolvers, obligationResolvers, findingResolvers, graphResolvers];

export const resolvers: Resolvers = {
  ...Object.assign({}, ...modules),
  Query: Object.assign({}, ...modules.map((m) => m.Query ?? {})),
};
