// Cypher for the source documents and their cited passages.
import type { Database } from './driver.js';
import { page, type Page, type Window } from './pages.js';

/** The relationship passagesOf follows, from a source to its passages (`@relationship(query: PASSAGES)`). */
export const PASSAGES_OF = { type: 'FROM_SOURCE', dir: 'in' } as const;

/** Cypher binding `to` to the passages cited from source `from` (order them by `start`). */
export function passages(from: string, to: string): string {
  return `MATCH (${to}:Evidence {sourceId: ${from}.id})`;
}

/**
 * One page of a source's cited passages in text order. A source may hold more passages than one
 * relationship field returns (`Source.evidence` stops at the page size), so readers page here.
 */
export function listPassages(db: Database, sourceKey: string, window: Window): Promise<Page<'Evidence'>> {
  return page(db, 'MATCH (n:Evidence {sourceId: $source})', 'n.start, n.end, n.id', { source: sourceKey }, window);
}
