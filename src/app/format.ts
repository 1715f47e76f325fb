// How the workbench writes dates, types and statuses.
import type { DayFragment, ObligationStatus } from './gql/graphql.js';

/** Today in ISO form (the browser's calendar day). */
export function today(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export const isDay = (v: string | null | undefined): v is string =>
  !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

/** "mid January (2018-01-11 – 2018-01-20, inferred)" or "2018-02-07". */
export function fuzzy(d: DayFragment | null | undefined): string {
  if (!d) return 'not stated';
  const window =
    d.earliest && d.latest && d.earliest !== d.latest
      ? `${d.earliest} – ${d.latest}`
      : (d.latest ?? d.earliest ?? d.value ?? '');
  const words = d.text ? `“${d.text}”` : '';
  return [words, window].filter(Boolean).join(', ') + (d.inferred ? ' (inferred)' : '');
}

/** WarningNotice → "Warning notice". */
export function typeLabel(typename: string): string {
  const words = typename.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const STATUS_LABEL: Record<ObligationStatus, string> = {
  NOT_YET_IMPOSED: 'not yet imposed',
  OPEN: 'open',
  OVERDUE: 'overdue',
  FULFILLED: 'fulfilled',
  FULFILLED_LATE: 'fulfilled late',
  BREACHED: 'breached',
  SUPERSEDED: 'superseded',
  WITHDRAWN: 'withdrawn',
};

export const STATUSES = Object.keys(STATUS_LABEL) as ObligationStatus[];

/** Days since the epoch, for drawing. */
export const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
export const isoOf = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
