// Building blocks the domain resolver modules share: the fields every entity has, relationship
// fields (each one loader call), fuzzy dates, and Relay pagination arguments.
import type { Context } from '../context.js';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { linkKey, type LinkQuery, type Page, type Window } from '../db/entities.js';
import type { ConnectionRecord, FuzzyDateRecord, LinkRecord, NodeRecord, RelRecord } from '../db/records.js';
import { badInput, notFound } from '../errors.js';
import { nodeTypeNames } from '../model.js';
import { fromGlobalId, toGlobalId } from '../globalId.js';
import type { AheadSpec } from './lookahead.js';

type FirstArgs = { first?: number | null };

export function limitOf(first: number | null | undefined, ctx: Context, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw badInput('`first` must be zero or a positive integer.', 'first');
  if (n > ctx.maxPageSize) throw badInput(`\`first\` must be at most ${ctx.maxPageSize}.`, 'first');
  return n;
}

export interface Relation {
  rel: string;
  dir: 'out' | 'in';
  target?: string;
}

/**
 * Relationship fields carry the relation they traverse, so that a test can check the schema
 * reaches every relationship type of the model in both directions.
 */
export function traversing<F>(resolve: F, relations: Relation[]): F & { relations: Relation[] } {
  return Object.assign(resolve as F & object, { relations }) as F & { relations: Relation[] };
}

/** The links of `q` when the root query fetched them ahead (lookahead.ts), else from the loader. */
export function linksFor(parent: NodeRecord, q: LinkQuery, ctx: Context): LinkRecord[] | Promise<LinkRecord[]> {
  return (parent.__links as Record<string, LinkRecord[]> | undefined)?.[linkKey(q)] ?? ctx.loaders.links.load({ id: parent.id, ...q });
}

/** Marks a resolver as fetching `spec`, so that a root query can fetch it ahead. */
export function ahead<F>(resolve: F, spec: AheadSpec): F & { relations: Relation[]; ahead: AheadSpec } {
  return Object.assign(traversing(resolve, [{ rel: spec.rel, dir: spec.dir, target: spec.target }]), { ahead: spec });
}

/** A relationship field: the links of `rel` in direction `dir`, optionally only to `target`. */
export function links(rel: string, dir: 'out' | 'in', target?: string) {
  return ahead(
    (parent: NodeRecord, args: FirstArgs, ctx: Context) => linksFor(parent, { rel, dir, target, limit: limitOf(args.first, ctx) }, ctx),
    { rel, dir, target, limit: 'first', returns: 'links' },
  );
}

/** A to-one relationship field: the first link, or null. */
export function link(rel: string, dir: 'out' | 'in', target?: string) {
  return ahead(
    (parent: NodeRecord, _args: unknown, ctx: Context): LinkRecord | null | Promise<LinkRecord | null> => {
      const found = linksFor(parent, { rel, dir, target, limit: 1 }, ctx);
      // Synchronous when fetched ahead: graphql-js completes a plain value without a promise.
      return Array.isArray(found) ? (found[0] ?? null) : found.then((l) => l[0] ?? null);
    },
    { rel, dir, target, limit: 1, returns: 'links' },
  );
}

/** A relationship field that answers the far nodes themselves (evidence, passages). */
export function farNodes(rel: string, dir: 'out' | 'in', limit: number | 'first') {
  return ahead(
    (parent: NodeRecord, args: FirstArgs, ctx: Context): NodeRecord[] | Promise<NodeRecord[]> => {
      const found = linksFor(parent, { rel, dir, limit: limit === 'first' ? limitOf(args.first, ctx) : limit }, ctx);
      return Array.isArray(found) ? found.map((l) => l.node) : found.then((l) => l.map((x) => x.node));
    },
    { rel, dir, limit, returns: 'nodes' },
  );
}

/**
 * A required to-one relationship field that answers the far node itself (a passage's source);
 * a missing one surfaces as GraphQL's non-null error.
 */
export function farNode(rel: string, dir: 'out' | 'in') {
  return ahead(
    (parent: NodeRecord, _args: unknown, ctx: Context): NodeRecord | Promise<NodeRecord> => {
      const found = linksFor(parent, { rel, dir, limit: 1 }, ctx);
      return Array.isArray(found) ? (found[0]?.node as NodeRecord) : found.then((l) => l[0]?.node as NodeRecord);
    },
    { rel, dir, limit: 1, returns: 'nodes' },
  );
}

/**
 * Who states a finding, or what an actor states: STATES links, and those derived through a
 * statement the actor made or a document it issued (src/db/findings.ts).
 */
export function stated(dir: 'out' | 'in') {
  return traversing(
    (parent: NodeRecord, args: FirstArgs, ctx: Context) => ctx.loaders.stated.load({ id: parent.id, dir, limit: limitOf(args.first, ctx) }),
    [{ rel: 'STATES', dir }],
  );
}

/** Several relationship fields merged into one list (e.g. every way an actor took part in an event). */
export function linksOfMany(specs: Relation[]) {
  return traversing(async (parent: NodeRecord, args: FirstArgs, ctx: Context): Promise<LinkRecord[]> => {
    const limit = limitOf(args.first, ctx);
    const lists = await Promise.all(specs.map((s) => ctx.loaders.links.load({ id: parent.id, ...s, limit })));
    return lists.flat().slice(0, limit);
  }, specs);
}

export function fuzzyDate(record: Record<string, unknown>, field: string): FuzzyDateRecord | null {
  const precision = record[`${field}Precision`];
  if (typeof precision !== 'string') return null;
  const s = (k: string) => (record[`${field}${k}`] as string | undefined) ?? null;
  return {
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
  aliases: (n: NodeRecord) => (n.aliases as string[] | undefined) ?? [],
  evidence: farNodes('EVIDENCED_BY', 'out', 1000),
  concernedBy: links('CONCERNS', 'in'),
  figures: links('HAS_FIGURE', 'out'),
};

async function evidenceOf(rel: RelRecord, ctx: Context): Promise<NodeRecord[]> {
  const nodes = await ctx.loaders.node.loadMany(rel.evidence);
  return nodes.filter((n): n is NodeRecord => n !== null && !(n instanceof Error));
}

/** Fields every Link type has. */
export const linkFields = {
  node: (l: LinkRecord) => l.node,
  evidence: (l: LinkRecord, _args: unknown, ctx: Context) => evidenceOf(l.rel, ctx),
  inferred: (l: LinkRecord) => l.rel.inferred,
  inference: (l: LinkRecord) => l.rel.inference ?? null,
  role: (l: LinkRecord) => l.rel.role ?? null,
  capacity: (l: LinkRecord, _args: unknown, ctx: Context) => (l.rel.capacity ? ctx.loaders.node.load(l.rel.capacity) : null),
  date: (l: LinkRecord) => fuzzyDate(l.rel, 'date'),
};

export { evidenceOf };

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
  return { offset, first, withTotal: selects(info, 'totalCount'), plan: ctx.plan(info, ['edges', 'node']) };
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

export function connection(page: Page, w: Window): ConnectionRecord {
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
      throw badInput(`\`${argument}\` is neither an id returned by this API nor an entity key (keys are at most ${MAX_KEY} characters).`, argument);
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
      if (!type || !nodeTypeNames.includes(type as never)) {
        throw notFound(`\`${argument}\` names nothing in the graph: give an entity's id or its key (e.g. "powys-county-council").`, argument);
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
  const wanted = !types ? 'an entity' : `a ${types.length <= 2 ? types.join(' or ') : `${types.slice(0, -1).join(', ')} or ${types[types.length - 1]}`}`;
  return badInput(`\`${argument}\` must name ${wanted}, not a ${type}.`, argument);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is an ISO day within the years this graph can hold. */
export function isDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  const year = m ? Number(m[1]) : NaN;
  return Boolean(m) && year >= 1800 && year <= 2200;
}

/** A LocalDate argument, validated beyond its scalar. */
export function dayOf(value: string | null | undefined, argument: string): string | undefined {
  if (value == null) return undefined;
  if (!isDay(value)) throw badInput(`\`${argument}\` must be a date between 1800-01-01 and 2200-12-31.`, argument);
  return value;
}
