// Cypher for documents: reports, notices, plans, statements, letters, frameworks.
import type { Database } from './driver.js';
import type { FamilyType } from '../model.js';
import { datedPage, labelCount, type Page, type Window } from './pages.js';

export interface DocumentQuery {
  types?: string[];
  issuedBy?: string;
  issuedAfter?: string;
  issuedBefore?: string;
  descending: boolean;
  /** Retracted entities too (hidden unless asked for). */
  includeRetracted?: boolean;
}

export function listDocuments(db: Database, q: DocumentQuery, window: Window): Promise<Page<FamilyType<'Document'>>> {
  // Assembled from fixed fragments by which filters are present (an issuer anchors the match);
  // every value is a parameter.
  const match = q.issuedBy ? 'MATCH (:Entity {id: $issuedBy})-[:ISSUED]->(n:Document)' : 'MATCH (n:Document)';
  const where: string[] = q.includeRetracted ? [] : ['NOT n:Retracted'];
  if (q.types?.length) where.push('any(l IN labels(n) WHERE l IN $types)');
  if (q.issuedAfter) where.push('n.issuedLatest >= date($after)');
  if (q.issuedBefore) where.push('n.issuedEarliest <= date($before)');
  return datedPage(
    db,
    `${match}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`,
    'n.issuedEarliest',
    q.descending,
    {
      types: q.types?.length ? q.types : null,
      issuedBy: q.issuedBy ?? null,
      after: q.issuedAfter ?? null,
      before: q.issuedBefore ?? null,
    },
    window,
    q.issuedBy || where.length !== 1 || q.includeRetracted ? undefined : labelCount('Document'),
  );
}
