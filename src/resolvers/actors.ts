// Resolvers for people, organisations, posts and tenures. Cypher: src/db/actors.ts and
// src/db/entities.ts (relationships).
import { listActors } from '../db/actors.js';
import type { Resolvers } from '../generated/graphql.js';
import { connection, entityFields, fuzzyDate, link, linkFields, links, pageOf, stated } from './fields.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import { listOf, tenures } from './lists.js';

/** Relationship fields every Actor has (the Actor interface). */
const actorFields = {
  ...entityFields,
  requestsMade: links('MADE', 'out', 'Request'),
  requestsReceived: links('ADDRESSED_TO', 'in', 'Request'),
  statements: links('MADE', 'out', 'Statement'),
  made: links('MADE', 'out'),
  received: links('ADDRESSED_TO', 'in'),
  meetingsAttended: links('ATTENDED', 'out'),
  carriedOut: links('CARRIED_OUT', 'out'),
  documentsIssued: links('ISSUED', 'out'),
  documentsReviewed: links('REVIEWED', 'out'),
  established: links('ESTABLISHED', 'out'),
  initiatives: links('DEVELOPS', 'out'),
  obligationsBorne: links('BEARS', 'out'),
  obligationsImposed: links('IMPOSED', 'out'),
  obligationsOwed: links('OWED_TO', 'in'),
  consequencesThreatened: links('THREATENS', 'out'),
  findingsStated: stated('out'),
  powersHeld: links('HELD_BY', 'in'),
  purposes: links('PURSUES', 'out'),
};

type ActorArgs = {
  filter?: { nameContains?: string | null; kinds?: string[] | null } | null;
  sort?: string | null;
  first?: number | null;
  after?: string | null;
};

async function actorPage(labels: ('Person' | 'Organisation')[], args: ActorArgs, ctx: Context, info: GraphQLResolveInfo) {
  const window = pageOf(args, ctx, info);
  if ((args.filter?.nameContains?.length ?? 0) > 200) throw badInput('`filter.nameContains` is at most 200 characters.', 'filter.nameContains');
  const page = await listActors(
    ctx.db,
    {
      labels,
      nameContains: args.filter?.nameContains ?? undefined,
      kinds: labels.includes('Organisation') ? (args.filter?.kinds ?? undefined) : undefined,
      descending: args.sort === 'NAME_DESC',
    },
    window,
  );
  return connection(page, window);
}

export const actorResolvers: Resolvers = {
  Query: {
    actors: (_p, args, ctx, info) => actorPage(['Person', 'Organisation'], args, ctx, info),
    people: (_p, args, ctx, info) => actorPage(['Person'], { ...args, filter: args.filter ? { ...args.filter, kinds: null } : null }, ctx, info),
    organisations: (_p, args, ctx, info) => actorPage(['Organisation'], args, ctx, info),
    posts: listOf('Post', [{ argument: 'organisation', rel: 'POST_IN', dir: 'out' }]),
    tenures,
  },
  Actor: { __resolveType: (n) => n.__type as 'Person' | 'Organisation' },
  Person: {
    ...actorFields,
    posts: links('HAS_TENURE', 'out'),
    memberships: links('MEMBER_OF', 'out'),
  },
  Organisation: {
    ...actorFields,
    kind: (n) => n.kind as never,
    members: links('MEMBER_OF', 'in', 'Person'),
    memberOrganisations: links('MEMBER_OF', 'in', 'Organisation'),
    memberships: links('MEMBER_OF', 'out'),
    posts: links('POST_IN', 'in'),
    parentOrganisations: links('PART_OF', 'out'),
    subOrganisations: links('PART_OF', 'in', 'Organisation'),
    renamedTo: links('RENAMED_TO', 'out'),
    renamedFrom: links('RENAMED_TO', 'in'),
    establishedBy: links('ESTABLISHED', 'in'),
  },
  Post: {
    ...entityFields,
    organisation: link('POST_IN', 'out'),
    holders: links('IN_POST', 'in'),
    obligationsOwed: links('OWED_TO', 'in'),
    received: links('ADDRESSED_TO', 'in'),
  },
  Tenure: {
    ...entityFields,
    qualifier: (n) => (n.qualifier as never) ?? null,
    start: (n) => fuzzyDate(n, 'start'),
    end: (n) => fuzzyDate(n, 'end'),
    holder: link('HAS_TENURE', 'in'),
    post: link('IN_POST', 'out'),
    startedBy: links('STARTS', 'in'),
  },
  ActorLink: linkFields,
  PersonLink: linkFields,
  OrganisationLink: linkFields,
  PostLink: linkFields,
  TenureLink: linkFields,
};
