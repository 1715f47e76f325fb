// Resolvers for people, organisations, posts and tenures. Cypher: src/db/actors.ts and
// src/db/entities.ts (relationships).
import { listActors } from '../db/actors.js';
import type { Resolvers } from '../generated/graphql.js';
import { connection, entityFields, fuzzyDate, linkFields, pageOf } from './fields.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import { listOf, tenures } from './lists.js';

/** Relationship fields every Actor has (the Actor interface). */
const actorFields = {
  ...entityFields,
};

type ActorArgs = {
  filter?: { nameContains?: string | null; kinds?: string[] | null } | null;
  sort?: string | null;
  first?: number | null;
  after?: string | null;
  includeRetracted?: boolean | null;
};

async function actorPage<L extends 'Person' | 'Organisation'>(
  labels: L[],
  args: ActorArgs,
  ctx: Context,
  info: GraphQLResolveInfo,
) {
  const window = pageOf(args, ctx, info);
  if ((args.filter?.nameContains?.length ?? 0) > 200)
    throw badInput('`filter.nameContains` is at most 200 characters.', 'filter.nameContains');
  const page = await listActors(
    ctx.db,
    {
      labels,
      nameContains: args.filter?.nameContains ?? undefined,
      kinds: labels.some((l) => l === 'Organisation') ? (args.filter?.kinds ?? undefined) : undefined,
      descending: args.sort === 'NAME_DESC',
      includeRetracted: args.includeRetracted ?? false,
    },
    window,
  );
  return connection(page, window);
}

export const actorResolvers: Resolvers = {
  Query: {
    actors: (_p, args, ctx, info) => actorPage(['Person', 'Organisation'], args, ctx, info),
    people: (_p, args, ctx, info) =>
      actorPage(['Person'], { ...args, filter: args.filter ? { ...args.filter, kinds: null } : null }, ctx, info),
    organisations: (_p, args, ctx, info) => actorPage(['Organisation'], args, ctx, info),
    posts: listOf('Post', ['organisation']),
    tenures,
  },
  Actor: { __resolveType: (n) => n.__type },
  Person: {
    ...actorFields,
  },
  Organisation: {
    ...actorFields,
    kind: (n) => n.kind,
  },
  Post: {
    ...entityFields,
  },
  Tenure: {
    ...entityFields,
    qualifier: (n) => n.qualifier ?? null,
    start: (n) => fuzzyDate(n, 'start'),
    end: (n) => fuzzyDate(n, 'end'),
  },
  ActorLink: linkFields,
  PersonLink: linkFields,
  OrganisationLink: linkFields,
  PostLink: linkFields,
  TenureLink: linkFields,
};
