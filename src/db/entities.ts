// Cypher shared by every domain: nodes by id, relationships by type and direction, evidence.
// Relationship types and labels are interpolated only from the model's fixed lists (checked
// below), never from input; every value is a parameter.
import neo4j from 'neo4j-driver';
import { isNodeType, relTypeNames, type NodeType } from '../model.js';
import type { Database } from './driver.js';
import { neoDate, statusAsOf, type ObligationStatus } from './status.js';
import type { AnyNodeRecord, RecordOf } from './nodeRecords.js';
import type { LinkRecord, RelRecord } from './records.js';

const FAMILY_LABELS = ['Entity', 'Actor', 'Document', 'Event'];
const STRUCTURAL_RELS = ['EVIDENCED_BY', 'FROM_SOURCE'];

/**
 * Projection of node variable `v` to a NodeRecord. A source's full text (`content`) and the
 * search-only `aliasesText` are left out: every list and link would carry them for nothing
 * (Source.content loads the text on its own).
 */
const nodeOf = (v: string) =>
  `${v} { .*, seedHash: null, content: null, aliasesText: null, __type: [l IN labels(${v}) WHERE NOT l IN $familyLabels][0]`;
export const NODE = `${nodeOf('n')} }`;
export const nodeParams = { familyLabels: FAMILY_LABELS };

const isTemporal = (v: object) => neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isDuration(v);

/** Neo4j temporal values to ISO strings, nulls dropped; everything else is already plain (lossless ints off). */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plain);
  if (isTemporal(value)) return String(value);
  const out: Record<string, unknown> = {};
  for (const k in value) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== null) out[k] = plain(v);
  }
  return out;
}

/** A node's record, typed by its label (`__type`): the one place a driver value becomes a typed record. */
export function toNode(raw: unknown): AnyNodeRecord {
  return plain(raw) as AnyNodeRecord;
}

export function toRel(raw: unknown): RelRecord {
  const r = plain(raw) as RelRecord;
  r.evidence ??= [];
  r.inferred ??= false;
  return r;
}

function assertRelType(type: string): void {
  if (!(relTypeNames as readonly string[]).includes(type) && !STRUCTURAL_RELS.includes(type))
    throw new Error(`not a model relationship type: ${type}`);
}
function assertLabel(label: string): void {
  if (!isNodeType(label) && !FAMILY_LABELS.includes(label)) throw new Error(`not a model label: ${label}`);
}

export async function nodesByIds(db: Database, ids: readonly string[]): Promise<(AnyNodeRecord | null)[]> {
  const rows = await db.read(`UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, ${NODE} AS node`, {
    ids,
    ...nodeParams,
  });
  const byId = new Map(rows.map((r) => [r.id as string, toNode(r.node)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export interface LinkQuery {
  rel: string;
  dir: 'out' | 'in';
  /** Restrict the far end to this label (e.g. Request for `requestsMade`). */
  target?: string;
  limit: number;
}

/** Names one LinkQuery: the loader's cache key and the key of links fetched ahead (NodeRecord.__links). */
export const linkKey = (q: LinkQuery) => `${q.rel}|${q.dir}|${q.target ?? ''}|${q.limit}`;

/**
 * What a query reads of the nodes at one level, fetched together with their parent: the
 * properties its fields read (always with `id` and the type), and the links below, nested.
 */
export interface NodePlan {
  props: string[];
  links: LinkPlan[];
  /** Days on which the query asks an obligation's status (kept in `__status`, by day). */
  statusAsOf: string[];
}

/** Links fetched ahead: a resolver finds them under `key` in its parent's `__links`. */
export interface LinkPlan extends LinkQuery {
  key: string;
  /** The relationship properties the query reads (evidence, dates, role...). */
  relProps: string[];
  node: NodePlan;
}

// The one definition of a traversal and its order, shared by loaders (linksOf) and links fetched
// ahead (projection), so that both give the same links in the same order.
function traversal(q: LinkQuery, from: string, r: string, to: string): string {
  assertRelType(q.rel);
  if (q.target) assertLabel(q.target);
  const pattern = q.dir === 'out' ? `-[${r}:${q.rel}]->` : `<-[${r}:${q.rel}]-`;
  return `MATCH (${from})${pattern}(${to}${q.target ? `:${q.target}` : ''})
      WITH ${r}, ${to} ORDER BY coalesce(${to}.dateEarliest, ${to}.issuedEarliest, ${to}.start), ${to}.name, ${to}.id`;
}
const relOf = (r: string) => `${r} { .*, seedHash: null, type: type(${r}) }`;

/** Adds a parameter under a fresh name and returns the name. */
function param(params: Record<string, unknown>, value: unknown): string {
  const name = `p${Object.keys(params).length}`;
  params[name] = value;
  return name;
}

/**
 * Projection of node `v` as `plan` reads it: its id and type, the values of the planned
 * properties in plan order (names stay in Node, so none travels per node), and one COLLECT
 * subquery per planned link field, nested. Only model names reach the text (checked in
 * `traversal`); property names and limits are parameters. Without a plan: the whole node.
 */
export function projection(v: string, plan: NodePlan | undefined, params: Record<string, unknown>, depth = 0): string {
  if (!plan) return `${nodeOf(v)} }`;
  const r = `r${depth}`;
  const to = `n${depth}`;
  const subqueries = plan.links.map((p) => {
    const limit = param(params, neo4j.int(p.limit));
    const rel = p.relProps.length ? `[k IN $${param(params, p.relProps)} | ${r}[k]]` : '[]';
    return `COLLECT { ${traversal(p, v, r, to)} LIMIT $${limit}
      RETURN [${rel}, ${projection(to, p.node, params, depth + 1)}] }`;
  });
  const statuses = plan.statusAsOf.length
    ? `CASE WHEN ${v}:Obligation THEN [day IN $${param(params, plan.statusAsOf.map(neoDate))} | ${statusAsOf(v, 'day')}] END`
    : 'null';
  // A list rather than a map: no key names travel with every node.
  return `[${v}.id, [l IN labels(${v}) WHERE NOT l IN $familyLabels][0],
    [k IN $${param(params, plan.props)} | ${v}[k]], [${subqueries.join(',\n')}], ${statuses}]`;
}

/** Named properties from a list of values, nulls dropped, temporal values as ISO text. */
function named<T extends Record<string, unknown>>(base: T, names: string[], values: unknown[]): T {
  const out = base as Record<string, unknown>;
  for (let i = 0; i < names.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) out[names[i]!] = plain(v);
  }
  return base;
}

type Projected = [
  id: string,
  type: string,
  values: unknown[],
  links: [unknown[], Projected][][],
  statuses: ObligationStatus[] | null,
];

/** A node record from `projection`, its fetched-ahead links keyed as the resolvers look them up. */
export function fromProjection(raw: unknown, plan: NodePlan | undefined): AnyNodeRecord {
  if (!plan) return toNode(raw);
  const [id, type, values, links, statuses] = raw as Projected;
  // Partial: the planned properties only (nodeRecords.ts says what a resolver may rely on).
  const node = named({ id, __type: type } as AnyNodeRecord, plan.props, values);
  const fetched: Record<string, LinkRecord[]> = {};
  plan.links.forEach((p, i) => {
    fetched[p.key] = links[i]!.map(([rel, far]) => ({
      rel: named({ type: p.rel, evidence: [], inferred: false } as unknown as RelRecord, p.relProps, rel),
      node: fromProjection(far, p.node),
    }));
  });
  node.__links = fetched;
  if (statuses) node.__status = Object.fromEntries(plan.statusAsOf.map((day, i) => [day, statuses[i]!]));
  return node;
}

/** For each node id, the links of one relationship type and direction: one query for all ids. */
export async function linksOf(db: Database, q: LinkQuery, ids: readonly string[]): Promise<LinkRecord[][]> {
  const rows = await db.read(
    `UNWIND $ids AS id MATCH (s:Entity {id: id})
      CALL (s) { ${traversal(q, 's', 'r', 'n')} LIMIT $limit RETURN collect({rel: ${relOf('r')}, node: ${NODE}}) AS links }
      RETURN id, links`,
    { ids, limit: neo4j.int(q.limit), ...nodeParams },
  );
  const byId = new Map(
    rows.map((r) => [
      r.id as string,
      (r.links as { rel: unknown; node: unknown }[]).map((l) => ({ rel: toRel(l.rel), node: toNode(l.node) })),
    ]),
  );
  return ids.map((id) => byId.get(id) ?? []);
}

/** One entity by key, with the links a query will ask for fetched in the same round trip. */
export async function entityByKey(db: Database, key: string, plan?: NodePlan): Promise<AnyNodeRecord | null> {
  const params: Record<string, unknown> = { key, ...nodeParams };
  const rows = await db.read(`MATCH (n:Entity {id: $key}) RETURN ${projection('n', plan, params)} AS node`, params);
  const node = rows[0] ? fromProjection(rows[0].node, plan) : null;
  // The seed's bookkeeping node is no entity of the model, whatever its labels.
  const label: string | undefined = node?.__type;
  return node && label !== 'SeedState' ? node : null;
}

/** `T`: the node types the list's MATCH admits. */
export interface Page<T extends NodeType = NodeType> {
  nodes: RecordOf[T][];
  /** For each key of `Window.named`, the type of the entity it names, or null when it names none. */
  named: Record<string, string | null>;
  /** Null when the client did not ask for totalCount: counting every match is the costly part. */
  total: number | null;
  hasMore: boolean;
}

/** Which slice of a list a client asked for, and whether it wants the total. */
export interface Window {
  offset: number;
  first: number;
  withTotal: boolean;
  /** What the query reads of every node of the page (below `edges.node`); without one, everything. */
  plan?: NodePlan;
  /**
   * Count and page in one pass over the matches: pays when the filter is costly (a status rule)
   * and loses when the count alone could come from the count store or an index.
   */
  onePass?: boolean;
  /**
   * Keys the filters name (a bearer, an issuer...): their types are read in the same round trip,
   * so that the resolver can tell "names nothing" and "names the wrong kind of thing" from "no match".
   */
  named?: string[];
}

/**
 * One page of a list, and its total count when asked for, in one round trip. `match` binds `n`
 * (with its WHERE), `order` sorts it; both are fixed strings of the calling data module, values
 * come in `params`. One item more than the page is read to know whether another page follows.
 */
export async function page<T extends NodeType = NodeType>(
  db: Database,
  match: string,
  order: string,
  params: Record<string, unknown>,
  w: Window,
): Promise<Page<T>> {
  const all: Record<string, unknown> = {
    ...params,
    ...nodeParams,
    offset: neo4j.int(w.offset),
    limit: neo4j.int(w.first + 1),
  };
  const node = projection('n', w.plan, all);
  let named = 'null AS named';
  if (w.named?.length) {
    all.named = w.named;
    named = `COLLECT { UNWIND $named AS key OPTIONAL MATCH (x:Entity {id: key})
      RETURN [key, [l IN labels(x) WHERE NOT l IN $familyLabels][0]] } AS named`;
  }
  let cypher: string;
  if (w.withTotal && w.onePass) {
    cypher = `${match} WITH n ORDER BY ${order} WITH collect(n) AS found
      CALL (found) { UNWIND found[$offset..($offset + $limit)] AS n RETURN collect(${node}) AS nodes }
      RETURN size(found) AS total, nodes, ${named}`;
  } else {
    const slice = `${match} WITH n ORDER BY ${order} SKIP $offset LIMIT $limit RETURN collect(${node}) AS nodes`;
    cypher = w.withTotal
      ? `CALL () { ${match} RETURN count(n) AS total } CALL () { ${slice} } RETURN total, nodes, ${named}`
      : `CALL () { ${slice} } RETURN null AS total, nodes, ${named}`;
  }
  const rows = await db.read(cypher, all);
  const row = rows[0]!;
  // Of the types `match` admits: the caller's T says which.
  const nodes = (row.nodes as unknown[]).map((n) => fromProjection(n, w.plan) as RecordOf[T]);
  return {
    total: row.total === null ? null : Number(row.total),
    nodes: nodes.slice(0, w.first),
    hasMore: nodes.length > w.first,
    named: Object.fromEntries((row.named as [string, string | null][] | null) ?? []),
  };
}

/**
 * The order of a dated list (DateSort): by `day` (an expression of `n`, fixed text of the calling
 * module), either way, then by key A to Z, undated last both ways. Ascending needs no null test:
 * Cypher sorts nulls last in ascending order, and leaving it out lets the date index serve the order.
 */
export function dateOrder(day: string, descending: boolean): string {
  return descending ? `${day} IS NULL, ${day} DESC, n.id` : `${day}, n.id`;
}
