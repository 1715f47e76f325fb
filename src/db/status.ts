// The one definition of an obligation's status as of a day (docs/model.md), used by the list
// filter, the `status` field and the links fetched ahead. The Browser saved query "Obligations
// open or overdue as of a date" repeats it for analysts (a test checks it word for word).

import neo4j from 'neo4j-driver';

/** The values of the status expression below (the schema's enum ObligationStatus). */
export type ObligationStatus =
  'NOT_YET_IMPOSED' | 'OPEN' | 'OVERDUE' | 'FULFILLED' | 'FULFILLED_LATE' | 'BREACHED' | 'SUPERSEDED' | 'WITHDRAWN';

/**
 * Cypher: `x` (a node or a relationship) was known on day `known` (a Cypher expression giving a
 * date, or null for "everything the graph holds now"). Every write stamps `knownFrom` on what it
 * writes (the earliest publication of its evidence, src/db/known.ts), so this reads one property:
 * no traversal of evidence at query time. A fact with no evidence (nothing to date it by) is
 * always known.
 */
export function knownBy(x: string, known: string): string {
  return `(${known} IS NULL OR coalesce(${x}.knownFrom <= ${known}, true))`;
}

/**
 * Status of obligation `v` on the day `asOf` (a Cypher expression giving a Neo4j date). Retracted
 * facts do not count: a fulfilment, supersession or withdrawal that was retracted is not there.
 * With `known` (a Cypher expression giving a date or null), the imposing, fulfilling and
 * superseding links count only when they, and what they link from, were known on that day, and a
 * withdrawal or breach only when the source that stated it was (docs/model.md, knownAsOf).
 */
export function statusAsOf(v: string, asOf: string, known?: string): string {
  // A link is known when it and its far end are: nothing links to an entity no source had reported.
  const knew = (r: string, far: string) => (known ? ` AND ${knownBy(r, known)} AND ${knownBy(far, known)}` : '');
  const stated = (prop: 'withdrawn' | 'breached') =>
    known ? ` AND (${known} IS NULL OR coalesce(${v}.${prop}KnownFrom <= ${known}, true))` : '';
  return `
  CASE
    WHEN coalesce(${v}.imposedEarliest, COLLECT { MATCH (d:Document)-[i:IMPOSES]->(${v}) WHERE NOT d:Retracted AND i.retracted IS NULL${knew('i', 'd')} RETURN d.issuedEarliest ORDER BY d.issuedEarliest LIMIT 1 }[0]) > ${asOf}
      THEN 'NOT_YET_IMPOSED'
    WHEN ${v}.withdrawnEarliest <= ${asOf}${stated('withdrawn')} THEN 'WITHDRAWN'
    WHEN EXISTS { (${v})<-[f:FULFILS]-(by) WHERE f.retracted IS NULL AND NOT by:Retracted AND coalesce(f.dateLatest, f.dateEarliest) <= ${asOf}${knew('f', 'by')} }
      THEN CASE WHEN EXISTS { (${v})<-[f:FULFILS]-(by) WHERE f.retracted IS NULL AND NOT by:Retracted AND coalesce(f.dateLatest, f.dateEarliest) <= ${asOf}${knew('f', 'by')} AND (${v}.dueLatest IS NULL OR f.dateEarliest IS NULL OR f.dateEarliest <= ${v}.dueLatest) }
        THEN 'FULFILLED' ELSE 'FULFILLED_LATE' END
    WHEN EXISTS { (${v})<-[s:SUPERSEDES]-(later) WHERE s.retracted IS NULL AND NOT later:Retracted${knew('s', 'later')} AND coalesce(later.imposedEarliest, later.issuedEarliest, COLLECT { MATCH (d:Document)-[:IMPOSES]->(later) RETURN d.issuedEarliest ORDER BY d.issuedEarliest LIMIT 1 }[0]) <= ${asOf} } THEN 'SUPERSEDED'
    WHEN ${v}.breachedEarliest <= ${asOf}${stated('breached')} THEN 'BREACHED'
    WHEN ${v}.dueLatest < ${asOf} THEN 'OVERDUE'
    ELSE 'OPEN'
  END`;
}

/** Where a status is kept in a plan and on a record: its day, and the day of knowledge when one is given. */
export function statusKey(day: string, known?: string): string {
  return known ? `${day}|${known}` : day;
}

/** Today in ISO form: the day a status is computed for when none is given. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** An ISO day as a Neo4j date parameter. */
export function neoDate(iso: string) {
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y!, m!, d!);
}
