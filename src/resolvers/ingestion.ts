// Resolvers of ingestion and the review queue (schema/ingestion.graphql). Cypher: src/db/ingest.ts;
// reading documents: src/ingest/; decisions: src/ingest/review.ts.
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { listProposals, type ProposalRecord, type ProposalStatus } from '../db/ingest.js';
import type { ProposalKind } from '../extract/types.js';
import type { Resolvers } from '../generated/graphql.js';
import { DEFAULT_MAX_BYTES, IngestError } from '../ingest/document.js';
import { ingestBytes } from '../ingest/pipeline.js';
import { acceptProposal, mergeProposal, rejectProposal, ReviewError, type ProposalEdit } from '../ingest/review.js';
import { badInput, notFound } from '../errors.js';
import { isDay } from '../day.js';
import { pageOf } from './fields.js';
import { asGraphQLError } from './curation.js';
import { requireRole } from '../auth/index.js';

const MAX_KEY = 200;

function coded(err: unknown): never {
  if (err instanceof IngestError || err instanceof ReviewError)
    throw new GraphQLError(err.message, { extensions: { code: err.code } });
  // A record the curation write path refuses (INVALID_RECORD, EVIDENCE_NOT_FOUND, ...).
  throw asGraphQLError(err);
}

function key(value: string, field: string): string {
  if (!value.trim() || value.length > MAX_KEY)
    throw badInput(`\`${field}\` must be 1 to ${MAX_KEY} characters.`, field);
  return value;
}

/** The fuzzy date of a proposal as the FuzzyDate type reads it. */
function dateOf(p: ProposalRecord) {
  const d = p.date;
  if (!d) return null;
  return {
    text: d.text ?? null,
    value: d.value ?? null,
    precision: d.precision,
    earliest: d.earliest ?? null,
    latest: d.latest ?? null,
    inferred: d.inferred ?? false,
    inference: d.inference ?? null,
    relativeTo: null,
    offset: null,
  };
}

/** The entity a proposal names, read with what the query asks below the field at `path`. */
async function entityOf(k: string | null, ctx: Context, info: GraphQLResolveInfo, path: string[] = []) {
  const node = k ? await ctx.loaders.nodes.load({ id: k, plan: ctx.plan.below(info, path) }) : null;
  return node && node.__type !== 'Source' && node.__type !== 'Evidence' ? node : null;
}

function editOf(
  edit: { name?: string | null; propsJson?: string | null } | null | undefined,
): ProposalEdit | undefined {
  if (!edit) return undefined;
  let props: Record<string, unknown> | undefined;
  if (edit.propsJson != null) {
    try {
      props = JSON.parse(edit.propsJson);
    } catch {
      throw badInput('`edit.propsJson` is not valid JSON.', 'edit.propsJson');
    }
    if (!props || typeof props !== 'object' || Array.isArray(props))
      throw badInput('`edit.propsJson` must be a JSON object.', 'edit.propsJson');
    for (const k of ['id', 'type', 'evidence'])
      if (k in props) throw badInput(`\`edit.propsJson\` cannot set \`${k}\`.`, 'edit.propsJson');
  }
  return { name: edit.name, props };
}

export const ingestionResolvers: Resolvers = {
  Query: {
    proposals: async (_p, args, ctx, info) => {
      const window = pageOf(args, ctx, info);
      const f = args.filter;
      const document = f?.document != null ? key(f.document, 'filter.document') : undefined;
      const page = await listProposals(
        ctx.db.driver,
        ctx.db.database,
        {
          document,
          status: (f?.status ?? undefined) as ProposalStatus[] | undefined,
          kind: (f?.kind ?? undefined) as ProposalKind[] | undefined,
        },
        window.offset,
        window.first,
      );
      if (!page.documentFound) throw notFound(`No document has the key "${document}".`, 'filter.document');
      const cursor = (i: number) => Buffer.from(`o:${window.offset + i}`).toString('base64url');
      const edges = page.nodes.map((node, i) => ({ cursor: cursor(i), node }));
      return {
        edges,
        totalCount: page.total,
        pageInfo: {
          hasNextPage: page.hasMore,
          hasPreviousPage: window.offset > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
      };
    },
  },
  Mutation: {
    ingestDocument: async (_p, { input }, ctx, info) => {
      const editor = requireRole(ctx, 'editor');
      const { content, contentBase64 } = input;
      if ((content == null) === (contentBase64 == null))
        throw badInput('Give exactly one of `content` and `contentBase64`.', 'input');
      let bytes: Uint8Array;
      if (contentBase64 != null) {
        const clean = contentBase64.replace(/\s+/g, '');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1)
          throw badInput('`contentBase64` is not base64.', 'input.contentBase64');
        bytes = Buffer.from(clean, 'base64');
      } else bytes = Buffer.from(content!, 'utf8');
      if (input.published != null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(input.published))
        throw badInput('`published` must be YYYY, YYYY-MM or YYYY-MM-DD.', 'input.published');
      if (input.published?.length === 10 && !isDay(input.published))
        throw badInput('`published` is not a day of the calendar.', 'input.published');
      const result = await ingestBytes(
        ctx.db.driver,
        ctx.db.database,
        bytes,
        {
          title: input.title ?? undefined,
          publisher: input.publisher ?? undefined,
          url: input.url ?? undefined,
          published: input.published ?? undefined,
          fileName: input.fileName ?? undefined,
        },
        { maxBytes: ctx.maxIngestBytes ?? DEFAULT_MAX_BYTES, author: editor },
      ).catch(coded);
      const document = await ctx.loaders.nodes.load({ id: result.key, plan: ctx.plan.below(info, ['document']) });
      if (!document || document.__type !== 'Source') throw new Error('the stored document cannot be read back');
      return {
        document,
        created: result.created,
        proposalsAdded: result.proposalsAdded,
        proposalsTotal: result.proposalsTotal,
      };
    },
    // Decisions need the reviewer role; the reviewer is the author of the revision they write.
    acceptProposal: async (_p, args, ctx, info) => {
      const reviewer = requireRole(ctx, 'reviewer');
      const d = await acceptProposal(
        ctx.db.driver,
        ctx.db.database,
        key(args.key, 'key'),
        editOf(args.edit),
        reviewer,
      ).catch(coded);
      return {
        proposal: d.proposal,
        result: await entityOf(d.resultKey, ctx, info, ['result']),
        revision: d.revision,
      };
    },
    mergeProposal: async (_p, args, ctx, info) => {
      const reviewer = requireRole(ctx, 'reviewer');
      const d = await mergeProposal(
        ctx.db.driver,
        ctx.db.database,
        key(args.key, 'key'),
        key(args.into, 'into'),
        reviewer,
      ).catch(coded);
      return {
        proposal: d.proposal,
        result: await entityOf(d.resultKey, ctx, info, ['result']),
        revision: d.revision,
      };
    },
    rejectProposal: async (_p, args, ctx) => {
      const reviewer = requireRole(ctx, 'reviewer');
      if (args.reason.length > 2000) throw badInput('`reason` must be at most 2000 characters.', 'reason');
      const d = await rejectProposal(ctx.db.driver, ctx.db.database, key(args.key, 'key'), args.reason, reviewer).catch(
        coded,
      );
      return { proposal: d.proposal, result: null, revision: null };
    },
  },
  Proposal: {
    key: (p) => p.id,
    document: async (p, _a, ctx, info) => {
      const n = await ctx.loaders.nodes.load({ id: p.documentId, plan: ctx.plan.below(info, []) });
      if (!n || n.__type !== 'Source') throw new Error(`the document of proposal ${p.id} is missing`);
      return n;
    },
    date: (p) => dateOf(p),
    entity: (p, _a, ctx, info) => entityOf(p.entityKey, ctx, info),
    fulfils: async (p, _a, ctx, info) => {
      const n = await entityOf(p.fulfils, ctx, info);
      return n?.__type === 'Obligation' ? n : null;
    },
    recordType: (p) => (p.kind === 'FULFILMENT' ? 'Statement' : (p.record?.type ?? null)),
    recordName: (p) => p.record?.name ?? null,
    recordJson: (p) =>
      p.record
        ? JSON.stringify({ type: p.record.type, name: p.record.name, ...p.record.props, links: p.record.links })
        : null,
    result: (p, _a, ctx, info) => entityOf(p.resultKey, ctx, info),
  },
};
