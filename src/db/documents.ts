// Cypher for documents: reports, notices, plans, statements, letters, frameworks.
import type { Database } from './driver.js';
import { page, type Page } from './entities.js';

export interface DocumentQuery {
  types?: string[];
  issuedBy?: string;
  issuedAfter?: string;
  issuedBefore?: string;
  descending: boolean;
}

export function listDocuments(db: Database, q: DocumentQuery, offset: number, first: number): Promise<Page> {
  return page(
    db,
    `MATCH (n:Document)
     WHERE ($types IS NULL OR any(l IN labels(n) WHERE l IN $types))
       AND ($issuedBy IS NULL OR EXISTS { (:Entity {id: $issuedBy})-[:ISSUED]->(n) })
       AND ($after IS NULL OR n.issuedLatest >= date($after))
       AND ($before IS NULL OR n.issuedEarliest <= date($before))`,
    q.descending ? 'n.issuedEarliest DESC, n.id' : 'n.issuedEarliest, n.id',
    { types: q.types?.length ? q.types : null, issuedBy: q.issuedBy ?? null, after: q.issuedAfter ?? null, before: q.issuedBefore ?? null },
    offset,
    first,
  );
}
