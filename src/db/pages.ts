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
