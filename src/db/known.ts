// When each fact became known: the day stamped on nodes and links as they are written, so that
// "as the public record stood on a day" (`knownAsOf`, status.ts) reads one property instead of
// walking every fact's evidence to its sources at query time.
//
// A fact is known from the earliest publication of the sources of its evidence. A source's
// publication day is fuzzy ("February 2018"); it counts from its latest possible day
// (`publishedLatest`), so that a fact is never taken as known on a day its source may not yet
// have been out. Evidence only accumulates, so recomputing from all of a fact's evidence keeps the
// earliest day when more is added later. A fact with no evidence has no stamp and counts as
// always known. A withdrawal or breach (properties of an obligation) is known from the sources
// newly cited by the write that stated it: `withdrawnKnownFrom`, `breachedKnownFrom`.
import type { Driver, ManagedTransaction } from 'neo4j-driver';

/** The stamps: bookkeeping, never part of a record (curation.ts keeps them out of diffs and exports). */
export const KNOWN_STAMPS = ['knownFrom', 'withdrawnKnownFrom', 'breachedKnownFrom'];

/** The obligation properties whose statement is dated on its own. */
const STATED = ['withdrawn', 'breached'] as const;
export type StatedProperty = (typeof STATED)[number];

/** Cypher: the day node `n` became known (a Source is known from its own publication). */
const NODE_KNOWN_FROM = (n: string) => `CASE WHEN ${n}:Source THEN ${n}.publishedLatest ELSE COLLECT {
    MATCH (${n})-[:EVIDENCED_BY]->(:Evidence)-[:FROM_SOURCE]->(s:Source) WHERE s.publishedLatest IS NOT NULL
    RETURN s.publishedLatest ORDER BY s.publishedLatest LIMIT 1 }[0] END`;

/** Cypher: the earliest publication of the sources of the evidence ids `ids` (a list expression). */
const EARLIEST_OF = (ids: string) => `COLLECT {
    MATCH (e:Evidence)-[:FROM_SOURCE]->(s:Source) WHERE e.id IN ${ids} AND s.publishedLatest IS NOT NULL
    RETURN s.publishedLatest ORDER BY s.publishedLatest LIMIT 1 }[0]`;

/** Cypher: `SET` only what changes (an unchanged stamp is not rewritten, so a reload writes nothing). */
const differs = (a: string, b: string) => `NOT coalesce(${a} = ${b}, ${a} IS NULL AND ${b} IS NULL)`;

/** A node to stamp: its id, and which stated properties this write stated with which evidence. */
export interface NodeStamp {
  id: string;
  /** Stated properties this write set or changed (their day is this write's evidence's). */
  restated?: StatedProperty[];
  /** The evidence the write newly cited for the node. */
  cited?: string[];
}

/** A link to stamp, found through its ends. */
export interface LinkStamp {
  from: string;
  to: string;
  id: string;
}

/**
 * Stamps the nodes and links a write touched, in its transaction (after the write). A stated
 * property keeps its day unless this write restated it; a restated one takes the earliest
 * publication of the evidence the write newly cited, else the node's own day.
 */
export async function stampKnown(tx: ManagedTransaction, nodes: NodeStamp[], links: LinkStamp[]): Promise<void> {
  if (nodes.length) await tx.run(stampNodesCypher('rows'), { rows: nodes });
  if (links.length) await tx.run(stampLinksCypher('rows'), { rows: links });
}

/**
 * The Cypher of stampKnown's node stamps over the NodeStamp list in parameter `param`: a write
 * that runs it as a subquery of its own statement saves the round trip.
 */
export function stampNodesCypher(param: string): string {
  return `UNWIND $${param} AS row
       MATCH (n:Entity {id: row.id}) WHERE NOT n:Evidence
       WITH n, row, ${NODE_KNOWN_FROM('n')} AS known, ${EARLIEST_OF('coalesce(row.cited, [])')} AS cited
       WITH n, known, ${STATED.map(
         (p) => `CASE WHEN n.${p}Earliest IS NULL THEN null
                  WHEN '${p}' IN coalesce(row.restated, []) THEN coalesce(cited, known)
                  ELSE coalesce(n.${p}KnownFrom, known) END AS ${p}`,
       ).join(', ')}
       WHERE ${[['knownFrom', 'known'], ...STATED.map((p) => [`${p}KnownFrom`, p])]
         .map(([prop, v]) => differs(`n.${prop}`, v!))
         .join(' OR ')}
       SET n.knownFrom = known, ${STATED.map((p) => `n.${p}KnownFrom = ${p}`).join(', ')}`;
}

/** The Cypher of stampKnown's link stamps over the LinkStamp list in parameter `param`. */
export function stampLinksCypher(param: string): string {
  return `UNWIND $${param} AS row
       MATCH (:Entity {id: row.from})-[r {id: row.id}]->(:Entity {id: row.to})
       WITH r, ${EARLIEST_OF('coalesce(r.evidence, [])')} AS known
       WHERE ${differs('r.knownFrom', 'known')}
       SET r.knownFrom = known`;
}

/**
 * Stamps what an older database holds unstamped (idempotent; run at every start with the schema):
 * nodes and links with evidence but no `knownFrom`, and withdrawals and breaches without a day of
 * their own (they take the obligation's).
 */
export async function backfillKnown(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(
    `MATCH (n:Entity) WHERE n.knownFrom IS NULL AND NOT n:Evidence
     WITH n, ${NODE_KNOWN_FROM('n')} AS known WHERE known IS NOT NULL
     SET n.knownFrom = known`,
    {},
    { database },
  );
  for (const p of STATED)
    await driver.executeQuery(
      `MATCH (n:Obligation) WHERE n.${p}Earliest IS NOT NULL AND n.${p}KnownFrom IS NULL AND n.knownFrom IS NOT NULL
       SET n.${p}KnownFrom = n.knownFrom`,
      {},
      { database },
    );
  await driver.executeQuery(
    `MATCH (:Entity)-[r]->(:Entity) WHERE r.knownFrom IS NULL AND size(coalesce(r.evidence, [])) > 0
     WITH r, ${EARLIEST_OF('r.evidence')} AS known WHERE known IS NOT NULL
     SET r.knownFrom = known`,
    {},
    { database },
  );
}
