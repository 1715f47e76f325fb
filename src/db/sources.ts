// Cypher for the source documents and their cited passages.
import type { Driver } from 'neo4j-driver';
import { contentHashOf } from '../write/compile.js';
/** The relationship passagesOf follows, from a source to its passages (`@relationship(query: PASSAGES)`). */
export const PASSAGES_OF = { type: 'FROM_SOURCE', dir: 'in' } as const;

/** Cypher binding `to` to the passages cited from source `from` (order them by `start`). */
export function passages(from: string, to: string): string {
  return `MATCH (${to}:Evidence {sourceId: ${from}.id})`;
}

/**
 * Stores the content hash of Sources written before every Source had one (`addSource` did not
 * keep it): idempotent, run at every start with the schema. The hash is unique, so a text that is
 * already held twice keeps its second Source without one (left for a curator to retract).
 */
export async function backfillContentHashes(driver: Driver, database: string): Promise<void> {
  const res = await driver.executeQuery(
    `MATCH (s:Source) WHERE s.contentHash IS NULL AND s.content IS NOT NULL RETURN s.id AS id, s.content AS content ORDER BY s.id`,
    {},
    { database },
  );
  if (!res.records.length) return;
  const byHash = new Map<string, string>();
  for (const r of res.records) {
    const hash = contentHashOf(r.get('content') as string);
    if (!byHash.has(hash)) byHash.set(hash, r.get('id') as string);
  }
  await driver.executeQuery(
    `UNWIND $rows AS row
     MATCH (s:Source {id: row.id}) WHERE s.contentHash IS NULL AND NOT EXISTS { MATCH (:Source {contentHash: row.hash}) }
     SET s.contentHash = row.hash`,
    { rows: [...byHash].map(([hash, id]) => ({ hash, id })) },
    { database },
  );
}
