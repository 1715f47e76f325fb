// Resolvers for obligations and the consequences of breaching them. Cypher and the status rule:
// src/db/obligations.ts and src/db/status.ts.
import { listObligations, today } from '../db/obligations.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { requestDay, requestKnownAsOf } from './asOf.js';
import { assess } from './statusAssessment.js';
import type { ObligationRecord } from '../db/nodeRecords.js';
import { statusKey, type ObligationStatus } from '../db/status.js';
import { farEndsOf } from './relationships.js';
import type { Resolvers } from '../generated/graphql.js';
import { connection, dayOf, entityFields, fuzzyDate, NamedEntities, linkFields, pageOf } from './fields.js';
import { listOf } from './lists.js';

type AsOfArgs = { asOf?: string | null; knownAsOf?: string | null };

// What each filter of `obligations` may name: the far ends of the field of the same meaning.
const BEARERS = farEndsOf('Obligation', 'bearer');
const IMPOSERS = farEndsOf('Obligation', 'imposedBy');
const IMPOSING_DOCUMENTS = farEndsOf('Obligation', 'imposingDocument');

/** The field's own day, else the root field's day (asOf.ts), else today. */
const dayFor = (args: AsOfArgs, info: GraphQLResolveInfo) => dayOf(args.asOf, 'asOf') ?? requestDay(info);

/** The field's own day of knowledge, else the root field's `filter.knownAsOf`, else none (as the graph stands). */
const knownFor = (args: AsOfArgs, info: GraphQLResolveInfo) =>
  dayOf(args.knownAsOf, 'knownAsOf') ?? requestKnownAsOf(info);

/** The status on `day` as known on `known`: computed with the node when its query planned it, else now, planned from this field. */
function statusOn(
  n: ObligationRecord,
  day: string,
  known: string | undefined,
  ctx: Context,
  info: GraphQLResolveInfo,
): ObligationStatus | Promise<ObligationStatus> {
  const key = statusKey(day, known);
  return (
    n.__status?.[key] ??
    ctx.loaders.nodes.load({ id: n.id, plan: ctx.plan.at(info) }).then((m) => m?.__status?.[key] ?? 'OPEN')
  );
}

export const obligationResolvers: Resolvers = {
  Query: {
    obligations: async (_p, args, ctx, info) => {
      const window = pageOf(args, ctx, info);
      const f = args.filter;
      const named = new NamedEntities();
      const page = await listObligations(
        ctx.db,
        {
          bearer: named.of(f?.bearer, 'filter.bearer', BEARERS),
          imposedBy: named.of(f?.imposedBy, 'filter.imposedBy', IMPOSERS),
          imposingDocument: named.of(f?.imposingDocument, 'filter.imposingDocument', IMPOSING_DOCUMENTS),
          dueBefore: dayOf(f?.dueBefore, 'filter.dueBefore'),
          dueAfter: dayOf(f?.dueAfter, 'filter.dueAfter'),
          statuses: f?.status ?? undefined,
          asOf: dayOf(f?.asOf, 'filter.asOf') ?? today(),
          knownAsOf: dayOf(f?.knownAsOf, 'filter.knownAsOf'),
          descending: args.sort === 'DUE_DESC',
          includeRetracted: args.includeRetracted ?? false,
        },
        { ...window, named: named.keys },
      );
      named.check(page);
      return connection(page, window);
    },
    consequences: listOf('Consequence', ['threatenedBy']),
  },
  Obligation: {
    ...entityFields,
    kind: (n) => n.kind ?? 'DUTY',
    action: (n) => n.action,
    dueDate: (n) => fuzzyDate(n, 'due'),
    imposedDate: (n) => fuzzyDate(n, 'imposed'),
    breached: (n) => fuzzyDate(n, 'breached'),
    withdrawn: (n) => fuzzyDate(n, 'withdrawn'),
    // Computed with the node (`@status`, lookahead.ts).
    status: (n, args, ctx, info) => statusOn(n, dayFor(args, info), knownFor(args, info), ctx, info),
    statusAssessment: async (n, args, ctx, info) => {
      const day = dayFor(args, info);
      const known = knownFor(args, info);
      return assess(n, await statusOn(n, day, known, ctx, info), day, ctx, info, known);
    },
    statusNote: (n) => n.statusNote ?? null,
  },
  Consequence: {
    ...entityFields,
  },
  ObligationLink: linkFields,
  ConsequenceLink: linkFields,
};
