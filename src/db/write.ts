// Writes a compiled seed in one transaction: all of it or none of it. Nodes and relationships
// carry the hash of their curated content, so an unchanged record is not touched and a second
// run reports zero changes. Records the seed no longer holds are removed; data that did not come
// from the seed (no seedHash) is never touched.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { CompiledNode, CompiledRel, CompiledSeed } from '../write/compile.js';

export interface WriteReport {
  nodesWritten: number;
  relsWritten: number;
  nodesRemoved: number;
  relsRemoved: number;
  unchanged: number;
}

const BATCH = 500;

function batches<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += BATCH) out.push(list.slice(i, i + BATCH));
  return out;
}

export async function writeSeed(driver: Driver, database: string, seed: CompiledSeed): Promise<WriteReport> {
  if (seed.errors.length) throw new Error('refusing to write a seed with errors');
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      let nodesWritten = 0;
      let relsWritten = 0;
      for (const batch of batches(seed.nodes)) {
        const res = await tx.run(
          `UNWIND $rows AS row
           MERGE (n:Entity {id: row.id})
           WITH n, row WHERE n.seedHash IS NULL OR n.seedHash <> row.hash
           WITH n, row, [l IN labels(n) WHERE NOT l IN row.labels] AS stale
           SET n = row.props, n.seedHash = row.hash
           SET n:$(row.labels)
           REMOVE n:$(stale)
           RETURN count(n) AS written`,
          { rows: batch.map((n) => ({ id: n.id, labels: n.labels, props: n.props, hash: n.hash })) },
        );
        nodesWritten += Number(res.records[0]?.get('written') ?? 0);
      }
      for (const batch of batches(seed.rels)) {
        const res = await tx.run(
          `UNWIND $rows AS row
           MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
           MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
           WITH r, row WHERE r.seedHash IS NULL OR r.seedHash <> row.hash
           SET r = row.props, r.seedHash = row.hash
           RETURN count(r) AS written`,
          { rows: batch },
        );
        relsWritten += Number(res.records[0]?.get('written') ?? 0);
      }
      const relIds = seed.rels.map((r) => r.id);
      const relsRemoved = await tx.run(
        `MATCH (:Entity)-[r]->(:Entity) WHERE r.seedHash IS NOT NULL AND NOT r.id IN $ids DELETE r RETURN count(r) AS removed`,
        { ids: relIds },
      );
      const nodesRemoved = await tx.run(
        `MATCH (n:Entity) WHERE n.seedHash IS NOT NULL AND NOT n.id IN $ids DETACH DELETE n RETURN count(n) AS removed`,
        { ids: seed.nodes.map((n) => n.id) },
      );
      await tx.run(
        `MERGE (m:SeedState {id: 'seed'})
         WITH m WHERE m.digest IS NULL OR m.digest <> $digest
         SET m.digest = $digest, m.nodes = $nodes, m.relationships = $rels`,
        { digest: seed.digest, nodes: seed.nodes.length, rels: seed.rels.length },
      );
      return {
        nodesWritten,
        relsWritten,
        nodesRemoved: Number(nodesRemoved.records[0]?.get('removed') ?? 0),
        relsRemoved: Number(relsRemoved.records[0]?.get('removed') ?? 0),
        unchanged: seed.nodes.length + seed.rels.length - nodesWritten - relsWritten,
      };
    });
  } finally {
    await session.close();
  }
}

/** The digest of the seed the database holds, or undefined when none was loaded. */
export async function loadedDigest(driver: Driver, database: string): Promise<string | undefined> {
  const res = await driver.executeQuery(
    `OPTIONAL MATCH (m:SeedState {id: 'seed'}) RETURN m.digest AS digest`,
    {},
    { database },
  );
  return (res.records[0]?.get('digest') as string | null) ?? undefined;
}

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
