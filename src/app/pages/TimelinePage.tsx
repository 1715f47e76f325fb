// The obligations timeline: each obligation a bar from when it was imposed to its due window.
// Where a date is a window rather than a day, that end of the bar fades across the window (a fuzzy
// end drawn fuzzy); an inferred date gets a dashed end and says so in words. Bars take the colour
// of their status on the day the date control names, as the public record stood on the day the
// second control names (empty: everything known now); filters narrow by bearer, imposer and
// imposing document. Everything chosen is in the URL, so a view is a link and the back button works.
import type { CSSProperties } from 'react';
import { Link, useSearchParams } from 'react-router';
import { TimelineObligationsDocument, type DayFragment, type TimelineObligationsQuery } from '../gql/graphql.js';
import { useTitle } from '../Layout.js';
import { dayNumber, fuzzy, isDay, isoOf, STATUS_LABEL, STATUSES, today } from '../format.js';
import { Empty, Failure, Loading } from '../states.js';
import { useQuery } from '../useQuery.js';
import { useUsableMark } from '../usable.js';

type Obligation = TimelineObligationsQuery['obligations']['edges'][number]['node'];

interface Span {
  from: number;
  to: number;
  inferred: boolean;
}

/** A date's window in day numbers, or null when it has none. */
function spanOf(d: DayFragment | null | undefined): Span | null {
  const from = d?.earliest ?? d?.latest;
  const to = d?.latest ?? d?.earliest;
  if (!d || !from || !to) return null;
  return { from: dayNumber(from), to: dayNumber(to), inferred: d.inferred };
}

/** When it was imposed: its own date, else its imposing document's issue date (as the API's status does). */
const imposedOf = (o: Obligation) => spanOf(o.imposedDate) ?? spanOf(o.imposingDocument?.node.issued);

const FILTERS = [
  { param: 'bearer', label: 'Bearer', of: (o: Obligation) => o.bearer?.node },
  { param: 'imposer', label: 'Imposed by', of: (o: Obligation) => o.imposedBy?.node },
  { param: 'document', label: 'Imposing document', of: (o: Obligation) => o.imposingDocument?.node },
] as const;

export function TimelinePage() {
  useTitle('Obligations timeline');
  const [params, setParams] = useSearchParams();
  const day = isDay(params.get('day')) ? params.get('day')! : today();
  // As the record stood on a day (the API's knownAsOf); none: everything the graph holds now.
  const known = isDay(params.get('known')) ? params.get('known')! : null;
  const chosen = Object.fromEntries(FILTERS.map((f) => [f.param, params.get(f.param) || null]));
  // Every obligation, for the filters' choices; then the filtered ones, which may be the same answer.
  const all = useQuery(TimelineObligationsDocument, { day, known });
  const filtered = FILTERS.some((f) => chosen[f.param]);
  const only = useQuery(
    TimelineObligationsDocument,
    filtered ? { day, known, bearer: chosen.bearer, imposer: chosen.imposer, document: chosen.document } : null,
  );
  // Unfiltered, the one answer serves both (one request, not two).
  const shown = filtered ? only : all;
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  const obligations = shown.data?.obligations.edges.map((e) => e.node) ?? [];
  const choices = (of: (o: Obligation) => { key: string; name: string } | undefined) => {
    const found = new Map<string, string>();
    for (const e of all.data?.obligations.edges ?? []) {
      const n = of(e.node);
      if (n) found.set(n.key, n.name);
    }
    return [...found].sort((a, b) => a[1].localeCompare(b[1]));
  };
  const counts = STATUSES.map((s) => [s, obligations.filter((o) => o.status === s).length] as const).filter(
    ([, n]) => n > 0,
  );
  return (
    <>
      <h1>Obligations timeline</h1>
      <p className="lede">
        Each bar runs from when an obligation was imposed to when it falls due. A faded end is a window rather than a
        day; a dashed end is a date the sources do not state but the curators inferred. Colours give each
        obligation&rsquo;s status on the chosen day, from everything known now or, with a day under &ldquo;As known
        on&rdquo;, from only what sources published by that day said.
      </p>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          Status on
          <input
            type="date"
            name="day"
            value={day}
            required
            onChange={(e) => isDay(e.target.value) && set('day', e.target.value)}
          />
        </label>
        <label>
          As known on
          <input
            type="date"
            name="known"
            value={known ?? ''}
            aria-describedby="known-hint"
            onChange={(e) => set('known', isDay(e.target.value) ? e.target.value : null)}
          />
          <span id="known-hint" className="hint">
            empty: everything known now
          </span>
        </label>
        {FILTERS.map((f) => (
          <label key={f.param}>
            {f.label}
            <select name={f.param} value={chosen[f.param] ?? ''} onChange={(e) => set(f.param, e.target.value || null)}>
              <option value="">Any</option>
              {choices(f.of).map(([key, name]) => (
                <option key={key} value={key}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </form>
      <Legend />
      {shown.error && <Failure error={shown.error} retry={shown.retry} />}
      {shown.loading && <Loading what="obligations" />}
      {shown.data && obligations.length === 0 && <Empty>No obligation matches these filters.</Empty>}
      {obligations.length > 0 && (
        <>
          <p className="summary" aria-live="polite">
            {obligations.length} obligation{obligations.length === 1 ? '' : 's'} on {day}
            {known ? `, as known on ${known}` : ''}: {counts.map(([s, n]) => `${n} ${STATUS_LABEL[s]}`).join(', ')}.
          </p>
          <Chart obligations={obligations} day={day} />
        </>
      )}
    </>
  );
}

function Legend() {
  return (
    <ul className="legend" aria-label="Status colours">
      {STATUSES.map((s) => (
        <li key={s}>
          <span className={`swatch status-${s}`} aria-hidden="true" /> {STATUS_LABEL[s]}
        </li>
      ))}
      <li>
        <span className="swatch fuzzy" aria-hidden="true" /> window, not a day
      </li>
      <li>
        <span className="swatch inferred" aria-hidden="true" /> inferred date
      </li>
    </ul>
  );
}

/** Month ticks across the axis, every month or every quarter as the range allows. */
function ticks(from: number, to: number): { day: number; label: string; major: boolean }[] {
  const out: { day: number; label: string; major: boolean }[] = [];
  const start = new Date(isoOf(from));
  const months = (to - from) / 30;
  const step = months > 30 ? 6 : months > 14 ? 3 : 1;
  for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)); ;) {
    const n = dayNumber(d.toISOString().slice(0, 10));
    if (n > to) break;
    if (d.getUTCMonth() % step === 0) {
      const label = d.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
      out.push({ day: n, label, major: d.getUTCMonth() % (step * 2) === 0 });
    }
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  }
  return out;
}

function Chart({ obligations, day }: { obligations: Obligation[]; day: string }) {
  useUsableMark(obligations.length > 0);
  const chosen = dayNumber(day);
  const spans = obligations.flatMap((o) => [imposedOf(o), spanOf(o.dueDate)]).filter((s): s is Span => s !== null);
  const min = Math.min(...spans.map((s) => s.from), chosen) - 20;
  const max = Math.max(...spans.map((s) => s.to), chosen) + 20;
  const pct = (n: number) => ((n - min) / (max - min)) * 100;
  const marker = <span className="day-marker" style={{ left: `${pct(chosen)}%` }} aria-hidden="true" />;
  return (
    <div className="chart">
      <div className="row axis" aria-hidden="true">
        <span className="label" />
        <div className="track">
          {ticks(min, max).map((t) => (
            <span key={t.day} className={t.major ? 'tick major' : 'tick'} style={{ left: `${pct(t.day)}%` }}>
              {t.label}
            </span>
          ))}
          <span className="day-label" style={{ left: `${pct(chosen)}%` }}>
            {day}
          </span>
        </div>
      </div>
      <ol className="rows">
        {obligations.map((o) => (
          <Row key={o.key} o={o} pct={pct} marker={marker} min={min} max={max} day={day} />
        ))}
      </ol>
    </div>
  );
}

function Row(props: {
  o: Obligation;
  pct: (n: number) => number;
  marker: React.ReactNode;
  min: number;
  max: number;
  day: string;
}) {
  const { o, pct, marker, min, max } = props;
  const imposed = imposedOf(o);
  const due = spanOf(o.dueDate);
  const from = imposed?.from ?? min;
  const to = due?.to ?? max;
  const width = Math.max(to - from, 1);
  // Where the fades end and begin, as fractions of the bar: the imposed window fades in, the due window out.
  const fadeIn = imposed ? ((imposed.to - from) / width) * 100 : 8;
  const fadeOut = due ? ((due.from - from) / width) * 100 : 70;
  const style = {
    left: `${pct(from)}%`,
    width: `${pct(to) - pct(from)}%`,
    '--fade-in': `${fadeIn.toFixed(2)}%`,
    '--fade-out': `${fadeOut.toFixed(2)}%`,
  } as CSSProperties;
  const classes = [
    'bar',
    `status-${o.status}`,
    imposed?.inferred ? 'start-inferred' : '',
    due?.inferred ? 'due-inferred' : '',
    due ? '' : 'no-due',
  ].join(' ');
  const href = `/entity/${encodeURIComponent(o.key)}?day=${props.day}`;
  const description = `${o.name}: ${STATUS_LABEL[o.status]} on ${props.day}; imposed ${fuzzy(o.imposedDate ?? o.imposingDocument?.node.issued)}; due ${fuzzy(o.dueDate)}`;
  return (
    <li className="row" data-key={o.key} data-status={o.status}>
      <div className="label">
        <Link to={href}>{o.name}</Link>
        <span className="meta">
          <span className={`status-tag status-${o.status}`}>{STATUS_LABEL[o.status]}</span>{' '}
          {o.bearer && <>{o.bearer.node.name} · </>}
          due {fuzzy(o.dueDate)}
        </span>
      </div>
      <div className="track">
        {marker}
        <Link to={href} className={classes} style={style} aria-label={description} title={description}>
          {imposed?.inferred && (
            <span className="inferred-mark start" aria-hidden="true">
              ≈
            </span>
          )}
          {due?.inferred && (
            <span className="inferred-mark end" aria-hidden="true">
              ≈
            </span>
          )}
        </Link>
      </div>
    </li>
  );
}
