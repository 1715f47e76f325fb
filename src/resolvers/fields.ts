// Building blocks the domain resolver modules share: the fields every entity has, fuzzy dates, and
// Relay pagination arguments. Relationship fields are declared in the schema (relationships.ts).
import type { Context } from '../context.js';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Page, Window } from '../db/pages.js';
import type { AnyNodeRecord, EvidenceRecord, PostRecord } from '../db/nodeRecords.js';
import type { ConnectionRecord, FuzzyDateRecord, LinkRecord, NodeRecord, RelRecord } from '../db/records.js';
import { dayOf } from '../day.js';
import { badInput, notFound } from '../errors.js';
import { isNodeType, nodeTypeNames, type NodeType } from '../model.js';
import { fromGlobalId, toGlobalId } from '../globalId.js';

export function limitOf(first: number | null | undefined, ctx: Context, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw badInput('`first` must be zero or a positive integer.', 'first');
  if (n > ctx.maxPageSize) throw badInput(`\`first\` must be at most ${ctx.maxPageSize}.`, 'first');
  return n;
}

export function fuzzyDate(record: Record<string, unknown>, field: string): FuzzyDateRecord | null {
  const precision = record[`${field}Precision`];
  if (typeof precision !== 'string') return null;
  const s = (k: string) => (record[`${field}${k}`] as string | undefined) ?? null;
  // The node `relativeTo` names, when the holder's query fetched it (lookahead.ts plans it as a ref).
  const relative = (record.__refs as Record<string, AnyNodeRecord[]> | undefined)?.[`${field}RelativeTo`];
  return {
    ...(relative ? { __refs: { relativeTo: relative } } : {}),
    text: s('Text'),
    value: s('Value'),
    precision,
    earliest: s('Earliest'),
    latest: s('Latest'),
    inferred: record[`${field}Inferred`] === true,
    inference: s('Inference'),
    relativeTo: s('RelativeTo'),
    offset: s('Offset'),
  };
}

/** Fields every Entity type has. */
export const entityFields = {
  id: (n: NodeRecord) => toGlobalId(n.__type, n.id),
  key: (n: NodeRecord) => n.id,
  aliases: (n: NodeRecord) => n.aliases ?? [],
};

/**
 * The nodes whose ids `holder[prop]` holds: fetched with the holder when its query planned them
 * (`__refs`), else now, each with the plan of what the query reads below the field.
 */
export async function refsOf(
  holder: { __refs?: Record<string, AnyNodeRecord[]> },
  prop: string,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<AnyNodeRecord[]> {
  const fetched = holder.__refs?.[prop];
  if (fetched) return fetched;
  const value = (holder as Record<string, unknown>)[prop];
  const ids = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
  const plan = ctx.plan.below(info, []);
  const nodes = await ctx.loaders.nodes.loadMany(ids.map((id) => ({ id, plan })));
  return nodes.filter((n): n is AnyNodeRecord => n !== null && !(n instanceof Error));
}

async function evidenceOf(rel: RelRecord, ctx: Context, info: GraphQLResolveInfo): Promise<EvidenceRecord[]> {
  const nodes = await refsOf(rel, 'evidence', ctx, info);
  return nodes.filter((n): n is EvidenceRecord => n.__type === 'Evidence');
}

/** The post a relationship's `capacity` names, if it names one. */
async function capacityOf(rel: RelRecord, ctx: Context, info: GraphQLResolveInfo): Promise<PostRecord | null> {
  const [node] = await refsOf(rel, 'capacity', ctx, info);
  return node?.__type === 'Post' ? node : null;
}

/** Fields every Link type has. */
export const linkFields = {
  node: <T extends NodeType>(l: LinkRecord<T>) => l.node,
  evidence: (l: LinkRecord, _args: unknown, ctx: Context, info: GraphQLResolveInfo) => evidenceOf(l.rel, ctx, info),
  inferred: (l: LinkRecord) => l.rel.inferred,
  inference: (l: LinkRecord) => l.rel.inference ?? null,
  role: (l: LinkRecord) => l.rel.role ?? null,
  capacity: (l: LinkRecord, _args: unknown, ctx: Context, info: GraphQLResolveInfo) => capacityOf(l.rel, ctx, info),
  date: (l: LinkRecord) => fuzzyDate(l.rel, 'date'),
};

export { capacityOf, evidenceOf };

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  /** The day of the statuses below the list (read again by asOf.ts); checked here for every list. */
  asOf?: string | null;
}

export function pageOf(args: PageArgs, ctx: Context, info: GraphQLResolveInfo): Window {
  dayOf(args.asOf, 'asOf');
  const first = limitOf(args.first, ctx, 20);
  let offset = 0;
  if (args.after != null) {
    const m = /^o:(\d{1,9})$/.exec(Buffer.from(args.after, 'base64url').toString('utf8'));
    if (!m || Buffer.from(`o:${m[1]}`).toString('base64url') !== args.after) {
      throw badInput('`after` is not a cursor returned by this API.', 'after');
    }
    offset = Number(m[1]) + 1;
  }
  return { offset, first, withTotal: selects(info, 'totalCount'), plan: ctx.plan.below(info, ['edges', 'node']) };
}

/** Whether the field being resolved selects `name` directly, through an inline fragment or a named one. */
function selects(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return visit(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((f) => visit(f.selectionSet));
}

export function connection<T extends NodeType>(page: Page<T>, w: Window): ConnectionRecord<T> {
  const cursor = (i: number) => Buffer.from(`o:${w.offset + i}`).toString('base64url');
  const edges = page.nodes.map((node, i) => ({ cursor: cursor(i), node }));
  return {
    edges,
    // Only read when the client selected it, and then it was counted.
    totalCount: page.total ?? -1,
    pageInfo: {
      hasNextPage: page.hasMore,
      hasPreviousPage: w.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

const MAX_KEY = 200;

/**
 * The entities a list's filter names, each by its global id or by its key, checked against the
 * graph in the list's own round trip: `of` reads an argument (a malformed value or an id of the
 * wrong type fails at once), the list query reads the named keys' types (`Window.named`), and
 * `check` then fails on a value that names nothing (NOT_FOUND) or names the wrong kind of entity
 * (BAD_USER_INPUT), rather than answering an empty list for a typo.
 */
export class NamedEntities {
  private readonly wanted: { key: string; argument: string; types?: readonly string[] }[] = [];

  /** The key `value` names (a global id or a key), or undefined when the argument is absent. */
  of(value: string | null | undefined, argument: string, types?: readonly string[]): string | undefined {
    if (value == null) return undefined;
    let key = value;
    const id = globalIdOrNull(value);
    if (id) {
      if (!(types ?? ENTITY_TYPES).includes(id.type)) throw wrongType(argument, types, id.type);
      key = id.key;
    } else if (value.length > MAX_KEY) {
      throw badInput(
        `\`${argument}\` is neither an id returned by this API nor an entity key (keys are at most ${MAX_KEY} characters).`,
        argument,
      );
    }
    this.wanted.push({ key, argument, types });
    return key;
  }

  /** The keys to look up with the list (`Window.named`). */
  get keys(): string[] {
    return this.wanted.map((w) => w.key);
  }

  /** Throws when a named entity is missing or of the wrong type. */
  check(page: Page): void {
    for (const { key, argument, types } of this.wanted) {
      const type = page.named[key];
      if (!type || !isNodeType(type)) {
        throw notFound(
          `\`${argument}\` names nothing in the graph: give an entity's id or its key (e.g. "powys-county-council").`,
          argument,
        );
      }
      if (!(types ?? ENTITY_TYPES).includes(type)) throw wrongType(argument, types, type);
    }
  }
}

function globalIdOrNull(value: string): { type: string; key: string } | null {
  try {
    return fromGlobalId(value);
  } catch {
    return null;
  }
}

const ENTITY_TYPES: readonly string[] = nodeTypeNames.filter((t) => t !== 'Source' && t !== 'Evidence');

/** "must name a Person or Organisation, not a Source"; without `types`, any entity. */
function wrongType(argument: string, types: readonly string[] | undefined, type: string) {
  const wanted = !types
    ? 'an entity'
    : `a ${types.length <= 2 ? types.join(' or ') : `${types.slice(0, -1).join(', ')} or ${types[types.length - 1]}`}`;
  return badInput(`\`${argument}\` must name ${wanted}, not a ${type}.`, argument);
}

export { dayOf, isDay } from '../day.js';
