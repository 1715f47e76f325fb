// Cypher for events: the timeline and requests.
import type { Database } from './driver.js';
import { page, type Page } from './entities.js';

export interface EventQuery {
  types?: string[];
  participant?: string;
  from?: string;
  to?: string;
  descending: boolean;
}

export function listEvents(db: Database, q: EventQuery, offset: number, first: number): Promise<Page> {
  // An event with a fuzzy date is in range when the range overlaps the interval it could fall in.
  return page(
    db,
    `MATCH (n:Event)
     WHERE ($types IS NULL OR any(l IN labels(n) WHERE l IN $types))
       AND ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:MADE|ATTENDED|CARRIED_OUT]->(n) }
            OR EXISTS { (n)-[:ADDRESSED_TO]->(:Entity {id: $participant}) })
       AND ($from IS NULL OR n.dateLatest >= date($from))
       AND ($to IS NULL OR n.dateEarliest <= date($to))`,
    q.descending ? 'n.dateEarliest DESC, n.id' : 'n.dateEarliest, n.id',
    { types: q.types?.length ? q.types : null, participant: q.participant ?? null, from: q.from ?? null, to: q.to ?? null },
    offset,
    first,
  );
}

export interface RequestQuery {
  requester?: string;
  addressee?: string;
  descending: boolean;
}

export function listRequests(db: Database, q: RequestQuery, offset: number, first: number): Promise<Page> {
  return page(
    db,
    `MATCH (n:Request)
     WHERE ($requester IS NULL OR EXISTS { (:Entity {id: $requester})-[:MADE]->(n) })
       AND ($addressee IS NULL OR EXISTS { (n)-[:ADDRESSED_TO]->(:Entity {id: $addressee}) })`,
    q.descending ? 'n.dateEarliest DESC, n.id' : 'n.dateEarliest, n.id',
    { requester: q.requester ?? null, addressee: q.addressee ?? null },
    offset,
    first,
  );
}
