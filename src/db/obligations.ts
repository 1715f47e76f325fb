// Cypher for obligations: lists by bearer, imposer, document, due dates and status as of a day.
// The status rule itself is in status.ts.
import type { Database } from './driver.js';
import { page, type Page, type Window } from './pages.js';
import { knownBy, neoDate, statusAsOf, statusKey, type ObligationStatus } from './status.js';

export { today } from './status.js';

/** Status of obligation `n` on day `$asOf` (a Neo4j date). */
export const STATUS_AS_OF = statusAsOf('n', '$asOf');

export interface ObligationQuery {
  bearer?: string;
  imposedBy?: string;
  imposingDocument?: string;
  dueBefore?: string;
  dueAfter?: string;
  statuses?: string[];
  asOf: string;
  /** As the record stood on this day: obligations known by then, statuses from facts known by then. */
  knownAsOf?: string;
  descending: boolean;
  /** Retracted entities too (hidden unless asked for). */
  includeRetracted?: boolean;
}

/**
 * The query is assembled from fixed fragments according to which filters are present, so that
 * the planner can start from the anchor node (a bearer's few obligations rather than all of them)
 * or use the due-date index; every value is still a parameter.
 */
export async function listObligations(db: Database, q: ObligationQuery, window: Window): Promise<Page<'Obligation'>> {
  const where: string[] = q.includeRetracted ? [] : ['NOT n:Retracted'];
  if (q.bearer && q.imposedBy) where.push('EXISTS { (:Entity {id: $imposedBy})-[:IMPOSED]->(n) }');
  if ((q.bearer || q.imposedBy) && q.imposingDocument)
    where.push('EXISTS { (:Entity {id: $document})-[:IMPOSES]->(n) }');
  if (q.dueBefore) where.push('n.dueLatest <= $dueBefore');
  if (q.dueAfter) where.push('n.dueEarliest >= $dueAfter');
  const statuses = q.statuses?.length ? q.statuses : null;
  // Only an obligation whose latest due day has passed can be overdue: that part of the rule is
  // an index range, and it lets "what was overdue on D" skip everything not yet due.
  const overdueOnly = Boolean(statuses?.every((s) => s === 'OVERDUE'));
  // Unanchored, the overdue list is read from the (dueLatest, id) index, which gives its whole
  // order: ascending, a page stops at its last item instead of reading and judging every
  // obligation due on that item's day (1m: 85 read and 3,891 db hits against 54 and 2,582, as at
  // 10k; BENCHMARKS.md, fourteenth run). The index is named so that the plan does not hang on
  // statistics (on a small graph the planner kept the due-day index and a sort), and a composite
  // index is used only with a predicate on each of its properties: `n.id IS NOT NULL`, always true.
  const match = q.bearer
    ? 'MATCH (:Entity {id: $bearer})-[:BEARS]->(n:Obligation)'
    : q.imposedBy
      ? 'MATCH (:Entity {id: $imposedBy})-[:IMPOSED]->(n:Obligation)'
      : q.imposingDocument
        ? 'MATCH (:Entity {id: $document})-[:IMPOSES]->(n:Obligation)'
        : overdueOnly
          ? 'MATCH (n:Obligation) USING INDEX n:Obligation(dueLatest, id)'
          : 'MATCH (n:Obligation)';
  if (overdueOnly) where.push('n.dueLatest < $asOf AND n.id IS NOT NULL');
  if (q.knownAsOf) where.push(knownBy('n', '$knownAsOf'));
  if (statuses) where.push(`${q.knownAsOf ? statusAsOf('n', '$asOf', '$knownAsOf') : STATUS_AS_OF} IN $statuses`);
  // One status asked for on the day the filter judges: every obligation of the page has it, so
  // the statement does not work the rule out a second time for the projection (on the overdue
  // list that is a tenth of Neo4j's CPU; BENCHMARKS.md, tenth run).
  const only = statuses?.length === 1 ? (statuses[0] as ObligationStatus) : undefined;
  const settled = statusKey(q.asOf, q.knownAsOf);
  const plan =
    only && window.plan?.statusAsOf.includes(settled)
      ? { ...window.plan, statusAsOf: window.plan.statusAsOf.filter((k) => k !== settled) }
      : window.plan;
  const found = await page<'Obligation'>(
    db,
    `${match}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`,
    // When only overdue ones are asked for, none lacks a due day: the plain order lets the planner
    // read the due-date index in order and stop after a page (no total asked) or sort less.
    // Undated obligations go last both ways (ObligationSort's descriptions say so).
    overdueOnly
      ? `n.dueLatest${q.descending ? ' DESC' : ''}, n.id`
      : `n.dueLatest IS NULL, n.dueLatest${q.descending ? ' DESC' : ''}, n.id`,
    // Only what the statement names: every parameter is packed and sent with each request.
    given({
      bearer: q.bearer,
      imposedBy: q.imposedBy,
      document: q.imposingDocument,
      dueBefore: q.dueBefore && neoDate(q.dueBefore),
      dueAfter: q.dueAfter && neoDate(q.dueAfter),
      statuses,
      asOf: statuses && neoDate(q.asOf),
      knownAsOf: q.knownAsOf && neoDate(q.knownAsOf),
    }),
    // With a status filter, counting re-runs the rule over every match: count and page in one pass.
    { ...window, plan, onePass: Boolean(statuses), type: 'Obligation' },
  );
  if (only && plan !== window.plan) for (const n of found.nodes) (n.__status ??= {})[settled] = only;
  return found;
}

/** The parameters that have a value: the filters left out name none in the statement. */
const given = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== ''));
