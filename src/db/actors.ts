// Cypher for people and organisations.
import type { Database } from './driver.js';
import { labelCount, page, type Page, type Window } from './pages.js';

export interface ActorQuery<L extends 'Person' | 'Organisation'> {
  labels: L[];
  nameContains?: string;
  kinds?: string[];
  descending: boolean;
  /** Retracted entities too (hidden unless asked for). */
  includeRetracted?: boolean;
}

export function listActors<L extends 'Person' | 'Organisation'>(
  db: Database,
  q: ActorQuery<L>,
  window: Window,
): Promise<Page<L>> {
  // The label is chosen from a fixed set and the predicates are added only when their filter is
  // present, so that an unfiltered page walks the name index in order instead of sorting every
  // actor; every value is a parameter.
  const organisationsOnly = Boolean(q.kinds?.length) || (q.labels.length === 1 && q.labels[0] === 'Organisation');
  const label: string = organisationsOnly ? 'Organisation' : q.labels.length === 1 ? 'Person' : 'Actor';
  const where = ['n.name IS NOT NULL'];
  if (!q.includeRetracted) where.push('NOT n:Retracted');
  if (q.kinds?.length) where.push('n.kind IN $kinds');
  if (q.nameContains) {
    where.push('(toLower(n.name) CONTAINS $text OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $text))');
  }
  return page(
    db,
    `MATCH (n:${label}) WHERE ${where.join(' AND ')}`,
    q.descending ? 'n.name DESC, n.id DESC' : 'n.name, n.id',
    { kinds: q.kinds?.length ? q.kinds : null, text: q.nameContains ? q.nameContains.toLowerCase() : null },
    window,
    // Unfiltered, the total comes from the count store: every entity has a name (the write path
    // refuses a record without one), so `n.name IS NOT NULL` excludes nothing there, while
    // counting through it visits every actor (4.3x slower from 10k to 10m, BENCHMARKS.md).
    where.length === 2 && !q.includeRetracted ? labelCount(label) : undefined,
  );
}
