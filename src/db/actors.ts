// Cypher for people and organisations.
import type { Database } from './driver.js';
import { page, type Page } from './entities.js';

export interface ActorQuery {
  labels: ('Person' | 'Organisation')[];
  nameContains?: string;
  kinds?: string[];
  descending: boolean;
}

export function listActors(db: Database, q: ActorQuery, offset: number, first: number): Promise<Page> {
  return page(
    db,
    `MATCH (n:Actor)
     WHERE any(l IN labels(n) WHERE l IN $labels)
       AND ($kinds IS NULL OR n.kind IN $kinds)
       AND ($text IS NULL OR toLower(n.name) CONTAINS $text OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $text))`,
    q.descending ? 'n.name DESC, n.id DESC' : 'n.name, n.id',
    {
      labels: q.kinds?.length ? ['Organisation'] : q.labels,
      kinds: q.kinds?.length ? q.kinds : null,
      text: q.nameContains ? q.nameContains.toLowerCase() : null,
    },
    offset,
    first,
  );
}
