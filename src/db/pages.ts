// One page of a root list, and its total count when asked for, in one round trip: the shape every
// list module's query takes. The nodes of the page are projected as the query reads them.
import neo4j from 'neo4j-driver';
import type { NodeType } from '../model.js';
import type { Database } from './driver.js';
import type { RecordOf } from './nodeRecords.js';
import { fromProjection, projection, type NodePlan } from './projection.js';
import { nodeParams } from './values.js';

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
  /** The one node type the list's MATCH admits (its label there), when it admits only one. */
  type?: NodeType;
}

/**
 * One page of a list, and its total count when asked for, in one round trip. `match` binds `n`
 * (with its WHERE), `order` sorts it; both are fixed strings of the calling data module, values
 * come in `params`. One item more than the page is read to know whether another page follows.
 * `count`, when given, is an expression of the total that does not walk the matches (labelCount).
 */
export async function page<T extends NodeType = NodeType>(
  db: Database,
  match: string,
  order: string,
  params: Record<string, unknown>,
  w: Window,
  count?: string,
): Promise<Page<T>> {
  const { all, node, named } = pieces(params, w);
  let cypher: string;
  if (w.withTotal && w.onePass) {
    cypher = `${match} WITH n ORDER BY ${order} WITH collect(n) AS found
      CALL (found) { UNWIND found[$offset..($offset + $limit)] AS n RETURN collect(${node}) AS nodes }
      RETURN size(found) AS total, nodes, ${named}`;
  } else {
    const slice = `${match} WITH n ORDER BY ${order} SKIP $offset LIMIT $limit RETURN collect(${node}) AS nodes`;
    cypher = w.withTotal
      ? `${totalOf(match, count)} CALL () { ${slice} } RETURN total, nodes, ${named}`
      : `CALL () { ${slice} } RETURN null AS total, nodes, ${named}`;
  }
  return pageOf<T>(await db.read(cypher, all), w);
}

/**
 * One page of a list sorted by a date property (DateSort: by `day`, either way, then by key A to
 * Z, undated last both ways), read in the order of the property's range index: the dated nodes
 * come from the index already sorted, so a page costs what it shows, not a sort of every match
 * (the requests list at 1m sorted every Request). A range index holds no nulls, so the undated
 * nodes are read, by key, only when the dated ones do not fill the page.
 * `day` is `n.<property>`, fixed text of the calling module.
 */
export async function datedPage<T extends NodeType = NodeType>(
  db: Database,
  match: string,
  day: string,
  descending: boolean,
  params: Record<string, unknown>,
  w: Window,
  count?: string,
): Promise<Page<T>> {
  if (w.withTotal && w.onePass) return page<T>(db, match, dateOrder(day, descending), params, w, count);
  const { all, node, named } = pieces(params, w);
  all.need = neo4j.int(w.offset + w.first + 1);
  const cypher = `${w.withTotal ? totalOf(match, count) : ''}
    CALL () { ${match} WITH n WHERE ${day} IS NOT NULL
      WITH n ORDER BY ${day}${descending ? ' DESC' : ''}, n.id LIMIT $need RETURN collect(n) AS dated }
    CALL (dated) { UNWIND CASE WHEN size(dated) < $need THEN [true] ELSE [] END AS short
      ${match} WITH n WHERE ${day} IS NULL WITH n ORDER BY n.id LIMIT $need RETURN collect(n) AS undated }
    CALL (dated, undated) { UNWIND (dated + undated)[$offset..$need] AS n RETURN collect(${node}) AS nodes }
    RETURN ${w.withTotal ? 'total' : 'null AS total'}, nodes, ${named}`;
  return pageOf<T>(await db.read(cypher, all), w);
}

/**
 * The total of a list whose match is a label and nothing else but "not retracted": read from
 * Neo4j's count store (two lookups), where counting the matches visits every node of the label.
 * `label` is fixed text of the calling module.
 */
export const labelCount = (label: string) =>
  `COUNT { MATCH (n:${label}) } - COUNT { MATCH (n:Retracted) WHERE n:${label} }`;

const totalOf = (match: string, count: string | undefined) =>
  count ? `CALL () { RETURN ${count} AS total }` : `CALL () { ${match} RETURN count(n) AS total }`;

/** What every page query shares: its parameters, the projection of a node, the named keys' types. */
function pieces(params: Record<string, unknown>, w: Window) {
  const all: Record<string, unknown> = {
    ...params,
    ...nodeParams,
    offset: neo4j.int(w.offset),
    limit: neo4j.int(w.first + 1),
  };
  const node = projection('n', w.plan, all, 0, w.type);
  let named = 'null AS named';
  if (w.named?.length) {
    all.named = w.named;
    named = `COLLECT { UNWIND $named AS key OPTIONAL MATCH (x:Entity {id: key})
      RETURN [key, [l IN labels(x) WHERE NOT l IN $familyLabels][0]] } AS named`;
  }
  return { all, node, named };
}

function pageOf<T extends NodeType>(rows: Record<string, unknown>[], w: Window): Page<T> {
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
