// Cypher for the source documents and their cited passages.
/** The relationship passagesOf follows, from a source to its passages (`@relationship(query: PASSAGES)`). */
export const PASSAGES_OF = { type: 'FROM_SOURCE', dir: 'in' } as const;

/** Cypher binding `to` to the passages cited from source `from` (order them by `start`). */
export function passages(from: string, to: string): string {
  return `MATCH (${to}:Evidence {sourceId: ${from}.id})`;
}
