// Reviewed records beside the seed: what ingestion's accepted proposals add (src/db/ingest.ts).
// The seed itself and the curation mutations are written by src/db/curation.ts, with revisions.
import type { ManagedTransaction } from 'neo4j-driver';
import type { CompiledNode, CompiledRel } from '../write/compile.js';

/**
 * Adds reviewed records (nodes and relationships compiled by src/write/compile.ts) inside the
 * caller's transaction, alongside the seed: they carry `reviewedFrom` (the proposal) and no
 * seedHash, so loading the seed again never removes them. A node or relationship that exists
 * already (a shared Evidence passage) is left as it is.
 */
export async function addReviewedRecords(
  tx: ManagedTransaction,
  nodes: CompiledNode[],
  rels: CompiledRel[],
  reviewedFrom: string,
): Promise<{ nodesWritten: number; relsWritten: number }> {
  const n = await tx.run(
    `UNWIND $rows AS row
     MERGE (n:Entity {id: row.id})
     ON CREATE SET n = row.props, n.reviewedFrom = $from, n:$(row.labels)
     RETURN count(CASE WHEN n.reviewedFrom = $from THEN 1 END) AS written`,
    { rows: nodes.map((x) => ({ id: x.id, labels: x.labels, props: x.props })), from: reviewedFrom },
  );
  const r = await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
     MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
     ON CREATE SET r = row.props, r.reviewedFrom = $from
     RETURN count(CASE WHEN r.reviewedFrom = $from THEN 1 END) AS written`,
    { rows: rels.map((x) => ({ id: x.id, type: x.type, from: x.from, to: x.to, props: x.props })), from: reviewedFrom },
  );
  return {
    nodesWritten: Number(n.records[0]?.get('written') ?? 0),
    relsWritten: Number(r.records[0]?.get('written') ?? 0),
  };
}
