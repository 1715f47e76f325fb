// Resolvers for what every domain shares: scalars, global ids, evidence and sources.
import { GraphQLScalarType, Kind, type GraphQLResolveInfo } from 'graphql';
import { CurrencyResolver, DurationResolver, LocalDateResolver } from 'graphql-scalars';
import type { AnyNodeRecord } from '../db/nodeRecords.js';
import type { FuzzyDateRecord } from '../db/records.js';
import { listSources } from '../db/lists.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { fromGlobalId, toGlobalId } from '../globalId.js';
import { connection, dayOf, fuzzyDate, linkFields, pageOf, refsOf } from './fields.js';
import type { Context } from '../context.js';

/**
 * LocalDate as graphql-scalars defines it, but for output: every day this API sends was written
 * by Neo4j from a stored date or was an argument checked on the way in, so a day-shaped string is
 * sent as it is. The full check (a Date built and printed per value) was ~0.9 µs a day, 18 µs of a
 * page of obligations (BENCHMARKS.md, thirteenth run); anything else still goes through it.
 */
const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
export const LocalDate = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  serialize: (v) => (typeof v === 'string' && DAY_SHAPE.test(v) ? v : LocalDateResolver.serialize(v)),
});

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD: a date no more precise than its source. */
export const PartialDate = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  description: 'A date at the precision a source gives it: YYYY, YYYY-MM or YYYY-MM-DD.',
  serialize: (v) => String(v),
  parseValue: (v) => {
    if (typeof v !== 'string' || !PARTIAL_DATE.test(v)) throw badInput('A PartialDate is YYYY, YYYY-MM or YYYY-MM-DD.');
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !PARTIAL_DATE.test(ast.value))
      throw badInput('A PartialDate is YYYY, YYYY-MM or YYYY-MM-DD.');
    return ast.value;
  },
});

async function nodeById(id: string, ctx: Context, info: GraphQLResolveInfo): Promise<AnyNodeRecord | null> {
  const { type, key } = fromGlobalId(id);
  const node = await ctx.loaders.nodes.load({ id: key, plan: ctx.plan.below(info, []) });
  // An id whose type does not match the node it names was not issued by this API.
  return node && node.__type === type ? node : null;
}

export const baseResolvers: Resolvers = {
  LocalDate,
  Duration: DurationResolver,
  Currency: CurrencyResolver,
  PartialDate,
  Query: {
    node: (_p, { id, asOf }, ctx, info) => {
      dayOf(asOf, 'asOf');
      return nodeById(id, ctx, info);
    },
    nodes: (_p, { ids, asOf }, ctx, info) => {
      dayOf(asOf, 'asOf');
      if (ids.length > ctx.maxPageSize) throw badInput(`\`ids\` may hold at most ${ctx.maxPageSize} ids.`, 'ids');
      return Promise.all(ids.map((id) => nodeById(id, ctx, info)));
    },
    entity: async (_p, { key, asOf }, ctx, info) => {
      dayOf(asOf, 'asOf');
      if (key.length > 200) throw badInput('`key` is at most 200 characters.', 'key');
      const node = await ctx.loaders.nodes.load({ id: key, plan: ctx.plan.below(info, []) });
      return node && node.__type !== 'Evidence' && node.__type !== 'Source' ? node : null;
    },
    sources: async (_p, args, ctx, info) => {
      const window = pageOf(args, ctx, info);
      return connection(await listSources(ctx.db, window), window);
    },
  },
  Node: { __resolveType: (n) => n.__type },
  Entity: { __resolveType: (n) => n.__type },
  EntityLink: linkFields,
  RecipientLink: linkFields,
  LegalBasisLink: linkFields,
  Recipient: { __resolveType: (n) => n.__type },
  LegalBasis: { __resolveType: (n) => n.__type },
  FuzzyDate: {
    relativeTo: async (d: FuzzyDateRecord, _a, ctx, info) => {
      const [node] = d.relativeTo ? await refsOf(d, 'relativeTo', ctx, info) : [];
      return node && node.__type !== 'Source' && node.__type !== 'Evidence' ? node : null;
    },
  },
  Evidence: {
    id: (n) => toGlobalId('Evidence', n.id),
    key: (n) => n.id,
    quote: (n) => n.quote,
    start: (n) => n.start,
    end: (n) => n.end,
  },
  Source: {
    id: (n) => toGlobalId('Source', n.id),
    key: (n) => n.id,
    title: (n) => n.title,
    titleInferred: (n) => n.titleInferred === true,
    publisher: (n) => n.publisher ?? null,
    publisherNote: (n) => n.publisherNote ?? null,
    published: (n) => fuzzyDate(n, 'published')!,
    // Planned with the source when a query selects it: most reads of a source never need its text.
    content: async (n, _a, ctx, info) =>
      n.content ?? String((await ctx.loaders.nodes.load({ id: n.id, plan: ctx.plan.at(info) }))?.content ?? ''),
  },
};
