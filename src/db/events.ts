// Cypher for events: the timeline and requests.
import type { Database } from './driver.js';
import type { FamilyType } from '../model.js';
import { datedPage, labelCount, type Page, type Window } from './pages.js';

/** How an actor took part in an event, by the relationship that links them (ParticipantRole). */
const PARTICIPATION = {
  MADE: 'MADE',
  ATTENDED: 'ATTENDED',
  CARRIED_OUT: 'CARRIED_OUT',
  ADDRESSED_TO: 'ADDRESSEE',
} as const;

export function participationOf(relType: string): (typeof PARTICIPATION)[keyof typeof PARTICIPATION] {
  return PARTICIPATION[relType as keyof typeof PARTICIPATION];
}

export interface EventQuery {
  types?: string[];
  participant?: string;
  from?: string;
  to?: string;
  descending: boolean;
  /** Retracted entities too (hidden unless asked for). */
  includeRetracted?: boolean;
}

export function listEvents(db: Database, q: EventQuery, window: Window): Promise<Page<FamilyType<'Event'>>> {
  // An event with a fuzzy date is in range when the range overlaps the interval it could fall in.
  // Assembled from fixed fragments by which filters are present, so the date index can serve a
  // range; every value is a parameter.
  const where: string[] = q.includeRetracted ? [] : ['NOT n:Retracted'];
  if (q.types?.length) where.push('any(l IN labels(n) WHERE l IN $types)');
  if (q.participant) {
    where.push(`(EXISTS { (:Entity {id: $participant})-[:MADE|ATTENDED|CARRIED_OUT]->(n) }
            OR EXISTS { (n)-[:ADDRESSED_TO]->(:Entity {id: $participant}) })`);
  }
  if (q.to) where.push('n.dateEarliest <= date($to)');
  if (q.from) where.push('n.dateLatest >= date($from)');
  return datedPage(
    db,
    `MATCH (n:Event)${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`,
    'n.dateEarliest',
    q.descending,
    {
      types: q.types?.length ? q.types : null,
      participant: q.participant ?? null,
      from: q.from ?? null,
      to: q.to ?? null,
    },
    window,
    !q.includeRetracted && where.length === 1 ? labelCount('Event') : undefined,
  );
}

export interface RequestQuery {
  requester?: string;
  addressee?: string;
  descending: boolean;
  /** Retracted entities too (hidden unless asked for). */
  includeRetracted?: boolean;
}

export function listRequests(db: Database, q: RequestQuery, window: Window): Promise<Page<'Request'>> {
  const match = q.requester ? 'MATCH (:Entity {id: $requester})-[:MADE]->(n:Request)' : 'MATCH (n:Request)';
  const where = q.includeRetracted ? [] : ['NOT n:Retracted'];
  if (q.addressee) where.push('EXISTS { (n)-[:ADDRESSED_TO]->(:Entity {id: $addressee}) }');
  return datedPage(
    db,
    `${match}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`,
    'n.dateEarliest',
    q.descending,
    { requester: q.requester ?? null, addressee: q.addressee ?? null },
    { ...window, type: 'Request' },
    q.requester || where.length > 1 || q.includeRetracted ? undefined : labelCount('Request'),
  );
}
