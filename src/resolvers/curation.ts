// Resolvers of the write side: the three mutations, the revision log and every entity's history.
// Validation and Cypher are in src/write/compile.ts and src/db/curation.ts; who may write is
// src/auth. A refusal there (CurationError) becomes a GraphQL error with its code here.
import { GraphQLError, Kind, type GraphQLResolveInfo } from 'graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { requireRole } from '../auth/index.js';
import type { Context } from '../context.js';
import {
  addSource,
  assertFacts,
  CurationError,
  listRevisions,
  retractFacts,
  type RevisionRecord,
} from '../db/curation.js';
import type { EntityRecord } from '../db/nodeRecords.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { fromGlobalId } from '../globalId.js';
import { nodeTypeNames } from '../model.js';
import { limitOf } from './fields.js';

/** Limits on what one mutation may carry, besides the batch size (MAX_WRITE_BATCH). */
const MAX_REASON = 2_000;
const MAX_IDEMPOTENCY_KEY = 200;
const MAX_KEYS = 500;

/** A CurationError as a GraphQL error with its code; anything else is left to formatError. */
export function asGraphQLError(err: unknown): unknown {
  if (!(err instanceof CurationError)) return err;
  const status = err.code === 'FORBIDDEN' ? 403 : err.code === 'CONFLICT' ? 409 : undefined;
  return new GraphQLError(err.message, {
    extensions: { code: err.code, ...err.details, ...(status ? { http: { status } } : {}) },
  });
}

/** Whether the field's selection may ask for `name` (a fragment may: then it is taken to). */
function mayAskFor(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((f) =>
    (f.selectionSet?.selections ?? []).some((s) => s.kind !== Kind.FIELD || s.name.value === name),
  );
}

async function coded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw asGraphQLError(err);
  }
}

function checkCommon(input: {
  reason?: string | null;
  idempotencyKey?: string | null;
  expectedRevisions?: readonly unknown[] | null;
}) {
  if (input.reason != null && input.reason.length > MAX_REASON)
    throw badInput(`\`reason\` is at most ${MAX_REASON} characters.`, 'input.reason');
  if (
    input.idempotencyKey != null &&
    (input.idempotencyKey.length === 0 || input.idempotencyKey.length > MAX_IDEMPOTENCY_KEY)
  )
    throw badInput(`\`idempotencyKey\` is 1 to ${MAX_IDEMPOTENCY_KEY} characters.`, 'input.idempotencyKey');
  if ((input.expectedRevisions?.length ?? 0) > MAX_KEYS)
    throw badInput(`\`expectedRevisions\` holds at most ${MAX_KEYS} items.`, 'input.expectedRevisions');
}

/** An absent revision means "it must not exist yet". */
const expectedOf = (given: readonly { key: string; revision?: string | null }[] | null | undefined) =>
  (given ?? []).map((e) => ({ key: e.key, revision: e.revision ?? null }));

function requireReason(reason: string): string {
  if (!reason.trim()) throw badInput('Give a `reason`: it is kept on the revision.', 'input.reason');
  return reason;
}

/** The key a filter or argument names: an entity's key, or its global id. */
function keyOf(value: string): string {
  try {
    return fromGlobalId(value).key;
  } catch {
    return value;
  }
}

const revisionFields = {
  changes: (r: RevisionRecord) =>
    r.changes.map((c) => ({
      ...c,
      before: c.before ?? null,
      after: c.after ?? null,
      evidenceAdded: c.evidenceAdded ?? [],
    })),
};

/** `history` on every entity type (the Entity interface declares it). */
const history = (n: { id: string }, args: { first?: number | null }, ctx: Context) =>
  ctx.loaders.history.load({ key: n.id, limit: limitOf(args.first, ctx) });
const entityHistory = Object.fromEntries(
  nodeTypeNames.filter((t) => t !== 'Source' && t !== 'Evidence').map((t) => [t, { history }]),
);

export const curationResolvers: Resolvers = {
  JSONObject: JSONObjectResolver,
  ...entityHistory,
  Revision: revisionFields,
  Query: {
    revisions: async (_p, args, ctx) => {
      const first = limitOf(args.first, ctx);
      let offset = 0;
      if (args.after != null) {
        const m = /^r:(\d{1,9})$/.exec(Buffer.from(args.after, 'base64url').toString('utf8'));
        if (!m) throw badInput('`after` is not a cursor returned by this API.', 'after');
        offset = Number(m[1]) + 1;
      }
      const since = args.filter?.since ?? null;
      if (
        since != null &&
        (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(since) || Number.isNaN(Date.parse(since)))
      )
        throw badInput(
          '`filter.since` is an ISO 8601 date or date-time (2026-01-31 or 2026-01-31T12:00:00Z).',
          'filter.since',
        );
      const page = await listRevisions(ctx.db, {
        since,
        author: args.filter?.author ?? null,
        entity: args.filter?.entity != null ? keyOf(args.filter.entity) : null,
        offset,
        first,
        withTotal: true,
      });
      const cursor = (i: number) => Buffer.from(`r:${offset + i}`).toString('base64url');
      const edges = page.revisions.map((node, i) => ({ cursor: cursor(i), node }));
      return {
        edges,
        totalCount: page.total ?? 0,
        pageInfo: {
          hasNextPage: page.hasMore,
          hasPreviousPage: offset > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
      };
    },
  },
  Mutation: {
    addSource: async (_p, { input }, ctx) => {
      const viewer = requireRole(ctx, 'editor');
      checkCommon(input);
      if (!input.content.trim()) throw badInput('`content` is the source text: it cannot be empty.', 'input.content');
      if (!input.title.trim()) throw badInput('`title` cannot be empty.', 'input.title');
      if (input.url != null && !/^https?:\/\/\S+$/.test(input.url))
        throw badInput('`url` is an http:// or https:// address.', 'input.url');
      const published = Object.fromEntries(Object.entries(input.published).filter(([, v]) => v !== null));
      const out = await coded(() =>
        addSource(ctx.writer.driver, ctx.writer.database, { ...input, published: published as never }, viewer, {
          reason: input.reason,
          idempotencyKey: input.idempotencyKey,
        }),
      );
      const source = await ctx.loaders.nodes.load({ id: out.result!.key });
      if (!source || source.__type !== 'Source') throw new Error('the source just written cannot be read');
      return { source, created: out.result!.created, revision: out.revision, replayed: out.replayed };
    },
    assertFacts: async (_p, { input }, ctx, info) => {
      const viewer = requireRole(ctx, 'editor');
      checkCommon(input);
      requireReason(input.reason);
      if (input.records.length === 0) throw badInput('`records` is empty: nothing to assert.', 'input.records');
      if (input.records.length > ctx.writer.maxWriteBatch)
        throw new GraphQLError(
          `One assertFacts takes at most ${ctx.writer.maxWriteBatch} records (got ${input.records.length}): split the batch.`,
          { extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'writeBatch', max: ctx.writer.maxWriteBatch } },
        );
      const out = await coded(() =>
        assertFacts(
          ctx.writer.driver,
          ctx.writer.database,
          {
            records: input.records as unknown[],
            reason: input.reason,
            idempotencyKey: input.idempotencyKey,
            expectedRevisions: expectedOf(input.expectedRevisions),
          },
          viewer,
        ),
      );
      const keys = out.result?.keys ?? out.revision?.entities ?? [];
      // Planned like any other field, so the payload's entities and their links come in one
      // statement; not read at all when the selection does not ask for them (a round trip fewer).
      const plan = ctx.plan.below(info, ['entities']);
      const nodes = mayAskFor(info, 'entities')
        ? await ctx.loaders.nodes.loadMany(keys.map((id) => ({ id, plan })))
        : [];
      const entities = nodes.filter(
        (n): n is EntityRecord =>
          n !== null && !(n instanceof Error) && n.__type !== 'Source' && n.__type !== 'Evidence',
      );
      return { revision: out.revision, entities, replayed: out.replayed };
    },
    retractFacts: async (_p, { input }, ctx) => {
      const viewer = requireRole(ctx, 'editor');
      checkCommon(input);
      requireReason(input.reason);
      if (input.keys.length === 0) throw badInput('`keys` is empty: nothing to retract.', 'input.keys');
      if (input.keys.length > MAX_KEYS) throw badInput(`\`keys\` holds at most ${MAX_KEYS} keys.`, 'input.keys');
      if (new Set(input.keys).size !== input.keys.length)
        throw badInput('`keys` names the same fact twice.', 'input.keys');
      const out = await coded(() =>
        retractFacts(
          ctx.writer.driver,
          ctx.writer.database,
          {
            keys: input.keys.map((k) => (k.includes('|') ? k : keyOf(k))),
            reason: input.reason,
            idempotencyKey: input.idempotencyKey,
            expectedRevisions: expectedOf(input.expectedRevisions),
          },
          viewer,
          viewer.role !== 'editor',
        ),
      );
      return { revision: out.revision!, replayed: out.replayed };
    },
  },
};
