// The one definition of an obligation's status as of a day (docs/model.md), used by the list
// filter, the `status` field and the links fetched ahead. The Browser saved query "Obligations
// open or overdue as of a date" repeats it for analysts (a test checks it word for word).

import neo4j from 'neo4j-driver';

/** The values of the status expression below (the schema's enum ObligationStatus). */
export type ObligationStatus =
  'NOT_YET_IMPOSED' | 'OPEN' | 'OVERDUE' | 'FULFILLED' | 'FULFILLED_LATE' | 'BREACHED' | 'SUPERSEDED' | 'WITHDRAWN';

/**
 * Status of obligation `v` on the day `asOf` (a Cypher expression giving a Neo4j date). Retracted
 * facts do not count: a fulfilment, supersession or withdrawal that was retracted is not there.
 */
export function statusAsOf(v: string, asOf: string): string {
  return `
  CASE
    WHEN coalesce(${v}.imposedEarliest, COLLECT { MATCH (d:Document)-[i:IMPOSES]->(${v}) WHERE NOT d:Retracted AND i.retracted IS NULL RETURN d.issuedEarliest ORDER BY d.issuedEarliest LIMIT 1 }[0]) > ${asOf}
      THEN 'NOT_YET_IMPOSED'
    WHEN ${v}.withdrawnEarliest <= ${asOf} THEN 'WITHDRAWN'
    WHEN EXISTS { (${v})<-[f:FULFILS]-(by) WHERE f.retracted IS NULL AND NOT by:Retracted AND coalesce(f.dateLatest, f.dateEarliest) <= ${asOf} }
      THEN CASE WHEN EXISTS { (${v})<-[f:FULFILS]-(by) WHERE f.retracted IS NULL AND NOT by:Retracted AND coalesce(f.dateLatest, f.dateEarliest) <= ${asOf} AND (${v}.dueLatest IS NULL OR f.dateEarliest IS NULL OR f.dateEarliest <= ${v}.dueLatest) }
        THEN 'FULFILLED' ELSE 'FULFILLED_LATE' END
    WHEN EXISTS { (${v})<-[s:SUPERSEDES]-(later) WHERE s.retracted IS NULL AND NOT later:Retracted AND coalesce(later.imposedEarliest, later.issuedEarliest, COLLECT { MATCH (d:Document)-[:IMPOSES]->(later) RETURN d.issuedEarliest ORDER BY d.issuedEarliest LIMIT 1 }[0]) <= ${asOf} } THEN 'SUPERSEDED'
    WHEN ${v}.breachedEarliest <= ${asOf} THEN 'BREACHED'
    WHEN ${v}.dueLatest < ${asOf} THEN 'OVERDUE'
    ELSE 'OPEN'
  END`;
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
