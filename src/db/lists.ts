// Cypher for the root lists of kinds of entity that have no list module of their own: findings,
// figures, initiatives, consequences, posts, tenures, legislation, provisions and powers, sources
// and a source's passages. Each is one label, optionally anchored on entities its filter names
// (one relationship each), optionally restricted by kind. Labels and relationship types come from the model's fixed lists (checked
// here), never from input; every value is a parameter.
import { nodeTypeNames, relTypeNames, type NodeType, type RelType } from '../model.js';
import type { Database } from './driver.js';
import { dateOrder, page, type Page, type Window } from './pages.js';

/** A filter that names an entity: `n` must have a `rel` relationship with it, in direction `dir` (from n). */
export interface Anchor {
  rel: RelType;
  dir: 'out' | 'in';
  /** The key of the entity named. */
  key: string;
}

export interface NamedListQuery<T extends NodeType = NodeType> {
  label: T;
  /** Only the anchors whose filter is present. */
  anchors: Anchor[];
  kinds?: string[];
  /** Retracted entities too (hidden unless asked for). */
  includeRetracted?: boolean;
}

function pattern(a: Anchor, i: number): string {
  if (!relTypeNames.includes(a.rel)) throw new Error(`not a model relationship type: ${a.rel}`);
  const named = `(:Entity {id: $anchor${i}})`;
  return a.dir === 'out' ? `-[:${a.rel}]->${named}` : `<-[:${a.rel}]-${named}`;
}

/**
 * The MATCH and WHERE of a list: starting from the first named entity when there is one (its few
 * relationships rather than every node of the label), the others as existence tests.
 */
function matchOf(q: NamedListQuery, where: string[]): { match: string; params: Record<string, unknown> } {
  if (!nodeTypeNames.includes(q.label)) throw new Error(`not a model label: ${q.label}`);
  const params: Record<string, unknown> = {};
  q.anchors.forEach((a, i) => (params[`anchor${i}`] = a.key));
  const [first, ...others] = q.anchors.map(pattern);
  const conditions = [...others.map((p) => `EXISTS { (n)${p} }`), ...where];
  if (!q.includeRetracted) conditions.push('NOT n:Retracted');
  if (q.kinds?.length) {
    conditions.push('n.kind IN $kinds');
    params.kinds = q.kinds;
  }
  const match = `MATCH (n:${q.label})${first ?? ''}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
  return { match, params };
}

/** A list ordered by name, then key. */
export function listByName<T extends NodeType>(db: Database, q: NamedListQuery<T>, window: Window): Promise<Page<T>> {
  const { match, params } = matchOf(q, []);
  return page(db, match, 'n.name, n.id', params, { ...window, type: q.label });
}

export interface TenureQuery {
  anchors: Anchor[];
  heldOn?: string;
  descending: boolean;
  /** Retracted entities too (hidden unless asked for). */
  includeRetracted?: boolean;
}

/**
 * Tenures by start (DateSort): the earliest possible start, or its latest day where that is all a
 * source gives ("newly appointed" by a date). `heldOn` keeps the tenures whose known dates allow
 * that day.
 */
export function listTenures(db: Database, q: TenureQuery, window: Window): Promise<Page<'Tenure'>> {
  const where = q.heldOn
    ? [
        '(n.startEarliest IS NULL OR n.startEarliest <= date($heldOn))',
        '(n.endLatest IS NULL OR n.endLatest >= date($heldOn))',
      ]
    : [];
  const { match, params } = matchOf(
    { label: 'Tenure', anchors: q.anchors, includeRetracted: q.includeRetracted },
    where,
  );
  return page(
    db,
    match,
    dateOrder('coalesce(n.startEarliest, n.startLatest)', q.descending),
    { ...params, heldOn: q.heldOn ?? null },
    { ...window, type: 'Tenure' },
  );
}

export function listSources(db: Database, window: Window): Promise<Page<'Source'>> {
  return page(db, 'MATCH (n:Source)', 'n.id', {}, { ...window, type: 'Source' });
}

/**
 * One page of a source's cited passages in text order. A source may hold more passages than one
 * relationship field returns (`Source.evidence` stops at the page size), so readers page here.
 */
export function listPassages(db: Database, sourceKey: string, window: Window): Promise<Page<'Evidence'>> {
  return page(
    db,
    'MATCH (n:Evidence {sourceId: $source})',
    'n.start, n.end, n.id',
    { source: sourceKey },
    {
      ...window,
      type: 'Evidence',
    },
  );
}
