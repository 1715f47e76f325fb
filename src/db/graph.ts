// Cypher for whole-graph questions: full-text search, shortest paths, neighbourhoods.
import neo4j from 'neo4j-driver';
import { structuralRelTypeNames } from '../model.js';
import type { Database } from './driver.js';
import { fromProjection, projection, type NodePlan } from './projection.js';
import { NODE, nodeParams, toNode, toRel } from './values.js';
import type { EntityRecord } from './nodeRecords.js';
import type { GraphEdgeRecord, NeighbourhoodRecord, PathRecord, SearchHitRecord } from './records.js';
import { FULLTEXT_INDEX } from './schema.js';

export const MAX_HOPS = 10;
export const MAX_DEPTH = 3;

/**
 * Turns user text into a Lucene query that matches its words and cannot fail to parse: every
 * character with a meaning in Lucene's syntax is escaped and the operators AND/OR/NOT are
 * lower-cased into plain words. The last word also matches as a prefix, for type-ahead.
 */
export function luceneQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^(AND|OR|NOT)$/, (m) => m.toLowerCase()))
    .map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .filter((w) => w.length > 0);
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  return [...words, `${last}*`].join(' ');
}

export async function search(
  db: Database,
  text: string,
  types: string[] | null,
  first: number,
  plan?: NodePlan,
  includeRetracted = false,
): Promise<SearchHitRecord[]> {
  const query = luceneQuery(text);
  if (!query) return [];
  const params: Record<string, unknown> = {
    index: FULLTEXT_INDEX,
    query,
    types,
    exact: text.trim().toLowerCase(),
    fetch: neo4j.int(Math.max(first * 5, 100)),
    first: neo4j.int(first),
    includeRetracted,
    ...nodeParams,
  };
  const rows = await db.read(
    `CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node AS n, score
     WITH n, score WHERE NOT n:Evidence AND NOT n:Source AND ($types IS NULL OR any(l IN labels(n) WHERE l IN $types))
       AND ($includeRetracted OR NOT n:Retracted)
     // A thing named exactly as typed (by name or alias) outranks things that mention it.
     WITH n, score + CASE WHEN toLower(n.name) = $exact OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $exact)
                          THEN 10.0 ELSE 0.0 END AS score
     WITH n, score ORDER BY score DESC, n.id LIMIT $first
     RETURN ${projection('n', plan, params)} AS node, score`,
    params,
  );
  return rows.map((r) => ({ node: fromProjection(r.node, plan), score: Number(r.score) }));
}

/** An edge as the query returns it: the relationship and its ends' ids. */
type RawEdge = { rel: unknown; start: string; end: string };

/** Edges as the query returns them, joined to their nodes. */

// Paths and neighbourhoods leave the structural relationships out, so never reach a source or a passage.
const entityOf = (raw: unknown) => toNode(raw) as EntityRecord;

function toEdges(raw: RawEdge[], nodes: EntityRecord[]): GraphEdgeRecord[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return raw.map((e) => {
    const rel = toRel(e.rel);
    rel.id ??= `${e.start}|${rel.type}|${e.end}`;
    return { rel, start: byId.get(e.start)!, end: byId.get(e.end)! };
  });
}

const EDGE = `{ rel: r { .*, seedHash: null, type: type(r) }, start: startNode(r).id, end: endNode(r).id }`;

const pathCypher = Array.from(
  { length: MAX_HOPS + 1 },
  (_, hops) =>
    // The hop bound must be a literal in Cypher; these are the eleven fixed texts, chosen by number.
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
   MATCH p = shortestPath((a)-[*..${Math.max(hops, 1)}]-(b))
   WHERE none(r IN relationships(p) WHERE type(r) IN $structural)
     AND ($includeRetracted OR (none(x IN nodes(p) WHERE x:Retracted) AND none(r IN relationships(p) WHERE coalesce(r.retracted, false))))
   RETURN [n IN nodes(p) | ${NODE}] AS nodes, [r IN relationships(p) | ${EDGE}] AS edges`,
);

export async function shortestPath(
  db: Database,
  from: string,
  to: string,
  maxHops: number,
  includeRetracted = false,
): Promise<PathRecord | null> {
  if (from === to) return null;
  const rows = await db.read(pathCypher[maxHops]!, {
    from,
    to,
    structural: structuralRelTypeNames,
    includeRetracted,
    ...nodeParams,
  });
  const row = rows[0];
  if (!row) return null;
  const nodes = (row.nodes as unknown[]).map(entityOf);
  return { nodes, edges: toEdges(row.edges as RawEdge[], nodes) };
}

const neighbourhoodCypher = Array.from(
  { length: MAX_DEPTH + 1 },
  (_, depth) =>
    `MATCH (c:Entity {id: $id})
   OPTIONAL MATCH p = (c)-[*1..${Math.max(depth, 1)}]-(m:Entity)
   WHERE none(r IN relationships(p) WHERE type(r) IN $structural)
     AND ($includeRetracted OR (none(x IN nodes(p) WHERE x:Retracted) AND none(r IN relationships(p) WHERE coalesce(r.retracted, false))))
   WITH c, collect(DISTINCT m)[0..$limit] AS found, count(DISTINCT m) AS reached
   WITH c, [c] + [x IN found WHERE x <> c] AS ns, reached > $limit AS truncated
   UNWIND ns AS a
   OPTIONAL MATCH (a)-[r]->(b) WHERE b IN ns AND NOT type(r) IN $structural AND ($includeRetracted OR r.retracted IS NULL)
   WITH c, ns, truncated, collect(DISTINCT r) AS rs
   RETURN [n IN [c] | ${NODE}][0] AS centre, [n IN ns | ${NODE}] AS nodes, [r IN rs | ${EDGE}] AS edges, truncated`,
);

export async function neighbourhood(
  db: Database,
  id: string,
  depth: number,
  limit: number,
  includeRetracted = false,
): Promise<NeighbourhoodRecord | null> {
  const rows = await db.read(neighbourhoodCypher[depth]!, {
    id,
    limit: neo4j.int(limit),
    structural: structuralRelTypeNames,
    includeRetracted,
    ...nodeParams,
  });
  const row = rows[0];
  if (!row) return null;
  const nodes = (row.nodes as unknown[]).map(entityOf);
  return {
    centre: entityOf(row.centre),
    nodes,
    edges: toEdges(row.edges as RawEdge[], nodes),
    truncated: Boolean(row.truncated),
  };
}
