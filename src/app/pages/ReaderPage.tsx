// The source reader: a source's text with every cited passage highlighted. Choosing a fact (from
// the list, or from an entity page's quote) marks its passages and scrolls to the first; choosing
// a highlighted passage lists the facts it supports. Both choices live in the URL (?fact=, ?passage=).
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, execute } from '../api.js';
import {
  SourceListDocument,
  SourcePassagesDocument,
  SourceTextDocument,
  type SourcePassagesQuery,
} from '../gql/graphql.js';
import { useTitle } from '../Layout.js';
import { fuzzy, typeLabel } from '../format.js';
import { segments } from '../passages.js';
import { Empty, Failure, Loading } from '../states.js';
import { useQuery } from '../useQuery.js';
import { entityHref } from './EntityPage.js';

type Passage = SourcePassagesQuery['passages']['edges'][number]['node'];
type Fact = Passage['facts'][number];

/** Every cited passage of a source, page after page. */
function usePassages(source: string, attempt: number) {
  const [state, setState] = useState<{ source: string; passages?: Passage[]; error?: ApiError }>({ source: '' });
  useEffect(() => {
    const abort = new AbortController();
    (async () => {
      const all: Passage[] = [];
      let after: string | null = null;
      for (;;) {
        const page: SourcePassagesQuery = await execute(SourcePassagesDocument, { source, after }, abort.signal);
        all.push(...page.passages.edges.map((e) => e.node));
        if (!page.passages.pageInfo.hasNextPage) break;
        after = page.passages.pageInfo.endCursor ?? null;
      }
      return all;
    })().then(
      (passages) => setState({ source, passages }),
      (error: Error) => {
        if (!abort.signal.aborted)
          setState({ source, error: error instanceof ApiError ? error : new ApiError(error.message, 'ERROR') });
      },
    );
    return () => abort.abort();
  }, [source, attempt]);
  return state.source === source ? state : { source };
}

export function ReaderPage() {
  const { key = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const fact = params.get('fact');
  const passage = params.get('passage');
  const [attempt, setAttempt] = useState(0);
  const list = useQuery(SourceListDocument, {});
  const id = list.data?.sources.edges.find((e) => e.node.key === key)?.node.id;
  const text = useQuery(SourceTextDocument, id ? { id } : null);
  const cited = usePassages(key, attempt);
  const source = text.data?.node && 'content' in text.data.node ? text.data.node : null;
  useTitle(source?.title ?? key);

  const passages = useMemo(() => cited.passages ?? [], [cited.passages]);
  const facts = useMemo(() => {
    const found = new Map<string, { fact: Fact; passages: number }>();
    for (const p of passages)
      for (const f of p.facts) found.set(f.key, { fact: f, passages: (found.get(f.key)?.passages ?? 0) + 1 });
    return [...found.values()];
  }, [passages]);
  const chosenPassages = useMemo(
    () => new Set(passages.filter((p) => fact && p.facts.some((f) => f.key === fact)).map((p) => p.key)),
    [passages, fact],
  );
  const parts = useMemo(() => (source ? segments(source.content.length, passages) : []), [source, passages]);
  const startsOfPassages = useMemo(() => new Set(passages.map((p) => p.start)), [passages]);

  // Scroll the chosen fact's first passage into view once the text is there.
  useEffect(() => {
    if (!fact || !source) return;
    document.querySelector('.source-text mark.chosen')?.scrollIntoView({ block: 'center' });
  }, [fact, source, passages]);

  const choose = (name: 'fact' | 'passage', value: string | null) => {
    const next = new URLSearchParams();
    if (value) next.set(name, value);
    setParams(next);
  };
  const byKey = new Map(passages.map((p) => [p.key, p]));
  const choosePassageAt = (covering: string[]) => {
    // The shortest covering passage is the most specific one.
    const best = covering.map((k) => byKey.get(k)!).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (best) choose('passage', best.key);
  };
  const onMarkKey = (e: KeyboardEvent, covering: string[]) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    choosePassageAt(covering);
  };

  const error = list.error ?? text.error ?? cited.error;
  if (error)
    return (
      <Failure
        error={error}
        retry={() => {
          list.retry();
          text.retry();
          setAttempt((a) => a + 1);
        }}
      />
    );
  if (list.data && !id)
    return (
      <>
        <h1>No such source</h1>
        <Empty>
          There is no source “{key}”. See the <Link to="/sources">list of sources</Link>.
        </Empty>
      </>
    );
  if (!source || !cited.passages) return <Loading what="the source text" />;
  const selected = passage ? byKey.get(passage) : undefined;

  return (
    <div className="reader">
      <header>
        <p className="kicker">Source {source.key}</p>
        <h1>{source.title}</h1>
        <p className="meta">
          {source.publisher ?? 'Publisher not stated'} · {fuzzy(source.published)} · {passages.length} cited passages
        </p>
      </header>
      <div className="reader-body">
        <div className="source-text" aria-label="Source text">
          {parts.map((s) => {
            const text = source.content.slice(s.start, s.end);
            if (s.passages.length === 0)
              return (
                <span key={s.start} data-start={s.start} data-end={s.end}>
                  {text}
                </span>
              );
            // One keyboard stop per passage, where it starts (a segment of mere spaces is no stop).
            const stop = startsOfPassages.has(s.start) && text.trim() !== '';
            return (
              <mark
                key={s.start}
                data-start={s.start}
                data-end={s.end}
                data-passages={s.passages.join(' ')}
                className={[
                  s.passages.some((k) => chosenPassages.has(k)) ? 'chosen' : '',
                  passage && s.passages.includes(passage) ? 'selected' : '',
                  s.passages.length > 1 ? 'overlap' : '',
                ].join(' ')}
                role={stop ? 'button' : undefined}
                tabIndex={stop ? 0 : undefined}
                onClick={() => choosePassageAt(s.passages)}
                onKeyDown={stop ? (e) => onMarkKey(e, s.passages) : undefined}
              >
                {text}
              </mark>
            );
          })}
        </div>
        <aside className="reader-side">
          {selected && (
            <section className="passage-facts" aria-live="polite">
              <h2>This passage</h2>
              <blockquote>“{selected.quote}”</blockquote>
              <p className="meta">
                Characters {selected.start}–{selected.end}. It supports {selected.facts.length} fact
                {selected.facts.length === 1 ? '' : 's'}:
              </p>
              <ul className="links">
                {selected.facts.map((f) => (
                  <li key={f.key}>
                    <span className="type">{typeLabel(f.__typename)}</span> <Link to={entityHref(f.key)}>{f.name}</Link>{' '}
                    <button type="button" className="small" onClick={() => choose('fact', f.key)}>
                      Show its passages
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section>
            <h2>Facts in this source</h2>
            {facts.length === 0 && <Empty>No fact cites this source.</Empty>}
            <ul className="facts-list">
              {facts.map(({ fact: f, passages: n }) => (
                <li key={f.key}>
                  <button
                    type="button"
                    aria-pressed={fact === f.key}
                    data-fact={f.key}
                    onClick={() => choose('fact', fact === f.key ? null : f.key)}
                  >
                    <span className="type">{typeLabel(f.__typename)}</span> {f.name}{' '}
                    <span className="count">
                      ({n} passage{n === 1 ? '' : 's'})
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </div>
  );
}
