// Resolvers for search, paths and neighbourhoods. Cypher: src/db/graph.ts.
import { MAX_DEPTH, MAX_HOPS, neighbourhood, search, shortestPath } from '../db/graph.js';
import { badInput, notFound } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { fromGlobalId, toGlobalId } from '../globalId.js';
import { capacityOf, dayOf, evidenceOf, fuzzyDate, limitOf } from './fields.js';
import { typeOfEnumValue } from '../model.js';

const MAX_SEARCH_TEXT = 200;

function intIn(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(`\`${argument}\` must be an integer from ${min} to ${max}.`, argument);
  return value;
}

export const graphResolvers: Resolvers = {
  Query: {
    search: (_p, { text, types, first, asOf, includeRetracted }, ctx, info) => {
      dayOf(asOf, 'asOf');
      if (text.length > MAX_SEARCH_TEXT) throw badInput(`\`text\` is at most ${MAX_SEARCH_TEXT} characters.`, 'text');
      const labels = types?.length ? types.map(typeOfEnumValue) : null;
      return search(
        ctx.db,
        text,
        labels,
        limitOf(first, ctx, 20),
        ctx.plan.below(info, ['node']),
        includeRetracted ?? false,
      );
    },
    path: async (_p, { from, to, maxHops, asOf, includeRetracted }, ctx) => {
      dayOf(asOf, 'asOf');
      const a = fromGlobalId(from, 'from').key;
      const b = fromGlobalId(to, 'to').key;
      const hops = intIn(maxHops ?? 6, 1, MAX_HOPS, 'maxHops');
      const [na, nb] = await ctx.loaders.nodes.loadMany([{ id: a }, { id: b }]);
      if (!na || na instanceof Error) throw notFound('`from` names nothing in the graph.');
      if (!nb || nb instanceof Error) throw notFound('`to` names nothing in the graph.');
      const path = await shortestPath(ctx.db, a, b, hops, includeRetracted ?? false);
      return path ? { ...path } : null;
    },
    neighbourhood: async (_p, { id, depth, limit, asOf, includeRetracted }, ctx) => {
      dayOf(asOf, 'asOf');
      const key = fromGlobalId(id).key;
      const result = await neighbourhood(
        ctx.db,
        key,
        intIn(depth ?? 1, 1, MAX_DEPTH, 'depth'),
        intIn(limit ?? 200, 1, 1000, 'limit'),
        includeRetracted ?? false,
      );
      if (!result) throw notFound('`id` names nothing in the graph.');
      return result;
    },
  },
  SearchHit: { type: (h) => h.node.__type },
  Path: { length: (p) => p.edges.length },
  // The same fields as every Link, read from the same relationship record, plus both ends.
  GraphEdge: {
    key: (e) => e.rel.id,
    type: (e) => e.rel.type,
    from: (e) => toGlobalId(e.start.__type, e.start.id),
    to: (e) => toGlobalId(e.end.__type, e.end.id),
    start: (e) => e.start,
    end: (e) => e.end,
    evidence: (e, _a, ctx, info) => evidenceOf(e.rel, ctx, info),
    inferred: (e) => e.rel.inferred,
    inference: (e) => e.rel.inference ?? null,
    role: (e) => e.rel.role ?? null,
    capacity: (e, _a, ctx, info) => capacityOf(e.rel, ctx, info),
    date: (e) => fuzzyDate(e.rel, 'date'),
  },
};
