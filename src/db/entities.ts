// Cypher shared by every domain: nodes by id, relationships by type and direction, evidence.
// Relationship types and labels are interpolated only from the model's fixed lists (checked
// below), never from input; every value is a parameter.
import neo4j from 'neo4j-driver';
import { nodeTypeNames, relTypeNames } from '../model.js';
import type { Database } from './driver.js';
import type { LinkRecord, NodeRecord, RelRecord } from './records.js';

const FAMILY_LABELS = ['Entity', 'Actor', 'Document', 'Event'];
const STRUCTURAL_RELS = ['EVIDENCED_BY', 'FROM_SOURCE'];

/**
 * Projection of a node to a NodeRecord; `n` must be bound. A source's full text (`content`) and
 * the search-only `aliasesText` are left out: every list and link would carry them for nothing
 * (Source.content loads the text on its own).
 */
export const NODE = `n { .*, seedHash: null, content: null, aliasesText: null, __type: [l IN labels(n) WHERE NOT l IN $familyLabels][0] }`;
export const nodeParams = { familyLabels: FAMILY_LABELS };

/** Neo4j temporal values to ISO strings; everything else is already plain (lossless ints off). */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map(plain);
  if (neo4j.isDate(value as never) || neo4j.isDateTime(value as never) || neo4j.isDuration(value as never)) {
    return String(value);
  }
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, plain(v)]),
    );
  }
  return value;
}

export function toNode(raw: unknown): NodeRecord {
  return plain(raw) as NodeRecord;
}

export function toRel(raw: unknown): RelRecord {
  const r = plain(raw) as RelRecord;
  return { ...r, evidence: r.evidence ?? [], inferred: r.inferred ?? false };
}

function assertRelType(type: string): void {
  if (!relTypeNames.includes(type as never) && !STRUCTURAL_RELS.includes(type)) throw new Error(`not a model relationship type: ${type}`);
}
function assertLabel(label: string): void {
  if (!nodeTypeNames.includes(label as never) && !FAMILY_LABELS.includes(label)) throw new Error(`not a model label: ${label}`);
}

export async function nodesByIds(db: Database, ids: readonly string[]): Promise<(NodeRecord | null)[]> {
  const rows = await db.read(
    `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, ${NODE} AS node`,
    { ids, ...nodeParams },
  );
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

const linkCypher = new Map<string, string>();

/** For each node id, the links of one relationship type and direction: one query for all ids. */
export async function linksOf(db: Database, q: LinkQuery, ids: readonly string[]): Promise<LinkRecord[][]> {
  assertRelType(q.rel);
  if (q.target) assertLabel(q.target);
  const key = `${q.rel}|${q.dir}|${q.target ?? ''}`;
  let cypher = linkCypher.get(key);
  if (!cypher) {
    const pattern = q.dir === 'out' ? `-[r:${q.rel}]->` : `<-[r:${q.rel}]-`;
    cypher = `UNWIND $ids AS id
      MATCH (s:Entity {id: id})${pattern}(n${q.target ? `:${q.target}` : ''})
      WITH id, r, n ORDER BY coalesce(n.dateEarliest, n.issuedEarliest, n.start), n.name, n.id
      WITH id, collect({rel: r { .*, seedHash: null, type: type(r) }, node: ${NODE}})[0..$limit] AS links
      RETURN id, links`;
    linkCypher.set(key, cypher);
  }
  const rows = await db.read(cypher, { ids, limit: neo4j.int(q.limit), ...nodeParams });
  const byId = new Map(
    rows.map((r) => [
      r.id as string,
      (r.links as { rel: unknown; node: unknown }[]).map((l) => ({ rel: toRel(l.rel), node: toNode(l.node) })),
    ]),
  );
  return ids.map((id) => byId.get(id) ?? []);
}

export async function entityByKey(db: Database, key: string): Promise<NodeRecord | null> {
  const [node] = await nodesByIds(db, [key]);
  return node && node.__type !== 'SeedState' ? node : null;
}

export interface Page {
  nodes: NodeRecord[];
  /** Null when the client did not ask for totalCount: counting every match is the costly part. */
  total: number | null;
  hasMore: boolean;
}

/** Which slice of a list a client asked for, and whether it wants the total. */
export interface Window {
  offset: number;
  first: number;
  withTotal: boolean;
}

/**
 * One page of a list, and its total count when asked for, in one round trip. `match` binds `n`
 * (with its WHERE), `order` sorts it; both are fixed strings of the calling data module, values
 * come in `params`. One item more than the page is read to know whether another page follows.
 */
export async function page(db: Database, match: string, order: string, params: Record<string, unknown>, w: Window): Promise<Page> {
  const slice = `${match} WITH n ORDER BY ${order} SKIP $offset LIMIT $limit RETURN collect(${NODE}) AS nodes`;
  const cypher = w.withTotal
    ? `CALL () { ${match} RETURN count(n) AS total } CALL () { ${slice} } RETURN total, nodes`
    : `CALL () { ${slice} } RETURN null AS total, nodes`;
  const rows = await db.read(cypher, { ...params, ...nodeParams, offset: neo4j.int(w.offset), limit: neo4j.int(w.first + 1) });
  const row = rows[0]!;
  const nodes = (row.nodes as unknown[]).map(toNode);
  return { total: row.total === null ? null : Number(row.total), nodes: nodes.slice(0, w.first), hasMore: nodes.length > w.first };
}
