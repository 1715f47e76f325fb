// The review queue: a document's proposals (what extraction found in it) with their quotes
// highlighted in its text, and a decision on each: accept (as proposed or edited), merge into an
// entity the graph holds, or reject with a reason. Decisions need a reviewer's token, typed in
// once and kept for the browser tab only (sessionStorage), never in the address. A decision shows
// at once: the card and the highlight take the proposal as the API returns it.
import { useEffect, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, execute } from '../api.js';
import {
  AcceptProposalDocument,
  MergeProposalDocument,
  RejectProposalDocument,
  ReviewDocumentDocument,
  ReviewQueueDocument,
  SourceListDocument,
  SourceTextDocument,
  type ReviewDocumentQuery,
  type ReviewProposalFragment,
  type ReviewQueueQuery,
} from '../gql/graphql.js';
import { useTitle } from '../Layout.js';
import { fuzzy, typeLabel } from '../format.js';
import { segments } from '../passages.js';
import { Empty, Failure, Loading } from '../states.js';
import { useQuery } from '../useQuery.js';
import { entityHref } from './EntityPage.js';

type Proposal = ReviewProposalFragment;

const STATUS_WORD: Record<Proposal['status'], string> = {
  PENDING: 'pending',
  ACCEPTED: 'accepted',
  MERGED: 'merged',
  REJECTED: 'rejected',
};

/** LEGAL_REFERENCE → "Legal reference". */
const kindLabel = (kind: string) => kind.charAt(0) + kind.slice(1).toLowerCase().replace(/_/g, ' ');

const TOKEN_KEY = 'workbench.reviewToken';

/** The reviewer's token for this tab. */
function useToken(): [string, (t: string) => void] {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const save = (t: string) => {
    setToken(t);
    if (t) sessionStorage.setItem(TOKEN_KEY, t);
    else sessionStorage.removeItem(TOKEN_KEY);
  };
  return [token, save];
}

/** Every page of a paged query, as one list. */
function usePaged<T>(
  load: (after: string | null, signal: AbortSignal) => Promise<{ items: T[]; next: string | null }>,
  key: string,
  attempt: number,
) {
  const [state, setState] = useState<{ key: string; items?: T[]; error?: ApiError }>({ key: '' });
  useEffect(() => {
    const abort = new AbortController();
    (async () => {
      const all: T[] = [];
      let after: string | null = null;
      do {
        const page: { items: T[]; next: string | null } = await load(after, abort.signal);
        all.push(...page.items);
        after = page.next;
      } while (after);
      return all;
    })().then(
      (items) => setState({ key, items }),
      (error: Error) => {
        if (!abort.signal.aborted)
          setState({ key, error: error instanceof ApiError ? error : new ApiError(error.message, 'ERROR') });
      },
    );
    return () => abort.abort();
    // `key` names what `load` loads.
  }, [key, attempt]);
  return state.key === key ? state : { key };
}

/** /review: the documents that have proposals waiting, with how many. */
export function ReviewQueuePage() {
  useTitle('Review queue');
  const [attempt, setAttempt] = useState(0);
  type Pending = ReviewQueueQuery['proposals']['edges'][number]['node'];
  const pending = usePaged<Pending>(
    async (after, signal) => {
      const d = await execute(ReviewQueueDocument, { after }, signal);
      return {
        items: d.proposals.edges.map((e) => e.node),
        next: d.proposals.pageInfo.hasNextPage ? (d.proposals.pageInfo.endCursor ?? null) : null,
      };
    },
    'queue',
    attempt,
  );
  const documents = useMemo(() => {
    const byKey = new Map<string, { key: string; title: string; count: number }>();
    for (const p of pending.items ?? []) {
      const d = byKey.get(p.document.key) ?? { key: p.document.key, title: p.document.title, count: 0 };
      d.count++;
      byKey.set(d.key, d);
    }
    return [...byKey.values()];
  }, [pending.items]);
  return (
    <>
      <h1>Review queue</h1>
      <p className="lede">
        Facts that extraction proposes from ingested documents wait here for a person’s decision; no other page shows
        them until one is accepted. Open a document to read its proposals in its text.
      </p>
      {pending.error && <Failure error={pending.error} retry={() => setAttempt((a) => a + 1)} />}
      {!pending.items && !pending.error && <Loading what="the review queue" />}
      {pending.items && documents.length === 0 && <Empty>No proposal is waiting for a decision.</Empty>}
      <ul className="links review-documents">
        {documents.map((d) => (
          <li key={d.key}>
            <Link to={`/review/${encodeURIComponent(d.key)}`}>{d.title}</Link>
            <span className="meta">
              {' '}
              {d.key} · {d.count} pending
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** /review/:key: one document's proposals in its text, and the decisions on them. */
export function ReviewPage() {
  const { key = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('proposal');
  const [attempt, setAttempt] = useState(0);
  const [token, setToken] = useToken();
  const list = useQuery(SourceListDocument, {});
  const id = list.data?.sources.edges.find((e) => e.node.key === key)?.node.id;
  const text = useQuery(SourceTextDocument, id ? { id } : null);
  const source = text.data?.node && 'content' in text.data.node ? text.data.node : null;
  const loaded = usePaged<Proposal>(
    async (after, signal) => {
      const d: ReviewDocumentQuery = await execute(ReviewDocumentDocument, { document: key, after }, signal);
      return {
        items: d.proposals.edges.map((e) => e.node),
        next: d.proposals.pageInfo.hasNextPage ? (d.proposals.pageInfo.endCursor ?? null) : null,
      };
    },
    key,
    attempt,
  );
  // Decisions made on this page, by proposal key: they replace what was loaded at once.
  const [decided, setDecided] = useState<Record<string, Proposal>>({});
  const proposals = useMemo(() => (loaded.items ?? []).map((p) => decided[p.key] ?? p), [loaded.items, decided]);
  useTitle(source ? `Review: ${source.title}` : 'Review');

  const byKey = useMemo(() => new Map(proposals.map((p) => [p.key, p])), [proposals]);
  const parts = useMemo(() => (source ? segments(source.content.length, proposals) : []), [source, proposals]);
  const starts = useMemo(() => new Set(proposals.map((p) => p.start)), [proposals]);

  useEffect(() => {
    if (!chosen || !source) return;
    document.querySelector('.source-text mark.chosen')?.scrollIntoView({ block: 'center' });
  }, [chosen, source, loaded.items]);

  const choose = (k: string | null, scrollCard = false) => {
    setParams(k ? { proposal: k } : {}, { replace: false });
    if (k && scrollCard) requestAnimationFrame(() => document.getElementById(`proposal-${k}`)?.focus());
  };
  const chooseAt = (covering: string[]) => {
    const best = covering.map((k) => byKey.get(k)!).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (best) choose(best.key, true);
  };
  const onMarkKey = (e: KeyboardEvent, covering: string[]) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    chooseAt(covering);
  };

  const error = list.error ?? text.error ?? loaded.error;
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
        <h1>No such document</h1>
        <Empty>
          There is no document “{key}”. See the <Link to="/review">review queue</Link>.
        </Empty>
      </>
    );
  if (!source || !loaded.items) return <Loading what="the document and its proposals" />;
  const pendingCount = proposals.filter((p) => p.status === 'PENDING').length;

  return (
    <div className="reader review">
      <header>
        <p className="kicker">
          <Link to="/review">Review queue</Link> · document {source.key}
        </p>
        <h1>{source.title}</h1>
        <p className="meta">
          {source.publisher ?? 'Publisher not stated'} · {fuzzy(source.published)} · {proposals.length} proposals,{' '}
          {pendingCount} pending
        </p>
        <TokenField token={token} setToken={setToken} />
      </header>
      <div className="reader-body">
        <div className="source-text" aria-label="Document text">
          {parts.map((s) => {
            const words = source.content.slice(s.start, s.end);
            if (s.passages.length === 0)
              return (
                <span key={s.start} data-start={s.start} data-end={s.end}>
                  {words}
                </span>
              );
            const stop = starts.has(s.start) && words.trim() !== '';
            // Coloured by the decision on the shortest proposal covering it.
            const main = s.passages.map((k) => byKey.get(k)!).sort((a, b) => a.end - a.start - (b.end - b.start))[0]!;
            return (
              <mark
                key={s.start}
                data-start={s.start}
                data-end={s.end}
                data-proposals={s.passages.join(' ')}
                className={[
                  `decision-${main.status}`,
                  chosen && s.passages.includes(chosen) ? 'chosen' : '',
                  s.passages.length > 1 ? 'overlap' : '',
                ].join(' ')}
                role={stop ? 'button' : undefined}
                tabIndex={stop ? 0 : undefined}
                onClick={() => chooseAt(s.passages)}
                onKeyDown={stop ? (e) => onMarkKey(e, s.passages) : undefined}
              >
                {words}
              </mark>
            );
          })}
        </div>
        <aside className="reader-side">
          <h2>Proposals</h2>
          {proposals.length === 0 && <Empty>Extraction proposed nothing in this document.</Empty>}
          <ol className="proposals">
            {proposals.map((p) => (
              <ProposalCard
                key={p.key}
                p={p}
                chosen={p.key === chosen}
                onChoose={() => choose(p.key === chosen ? null : p.key)}
                token={token}
                onDecided={(q) => setDecided((d) => ({ ...d, [q.key]: q }))}
              />
            ))}
          </ol>
        </aside>
      </div>
    </div>
  );
}

function TokenField({ token, setToken }: { token: string; setToken: (t: string) => void }) {
  const [draft, setDraft] = useState(token);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setToken(draft.trim());
  };
  return (
    <form className="token" onSubmit={submit}>
      <label htmlFor="review-token">Reviewer token</label>
      <input
        id="review-token"
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        placeholder="ogk_…"
      />
      <button type="submit">Use token</button>
      <span className="meta" role="status">
        {token ? 'Decisions are sent with your token (kept in this tab only).' : 'Decisions need a token.'}
      </span>
    </form>
  );
}

type Mode = 'none' | 'edit' | 'merge' | 'reject';

function ProposalCard(props: {
  p: Proposal;
  chosen: boolean;
  onChoose(): void;
  token: string;
  onDecided(p: Proposal): void;
}) {
  const { p, token } = props;
  const [mode, setMode] = useState<Mode>('none');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [name, setName] = useState(p.recordName ?? '');
  const [propsJson, setPropsJson] = useState('');
  const [into, setInto] = useState(p.entity?.key ?? '');
  const [reason, setReason] = useState('');
  const pending = p.status === 'PENDING';

  async function decide(run: () => Promise<Proposal>) {
    setBusy(true);
    setError(null);
    try {
      const decided = await run();
      setMode('none');
      props.onDecided(decided);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError((e as Error).message, 'ERROR'));
    } finally {
      setBusy(false);
    }
  }
  const accept = (edit?: { name?: string; propsJson?: string }) =>
    decide(
      async () =>
        (await execute(AcceptProposalDocument, { key: p.key, edit }, undefined, token)).acceptProposal.proposal,
    );
  const merge = () =>
    decide(
      async () =>
        (await execute(MergeProposalDocument, { key: p.key, into: into.trim() }, undefined, token)).mergeProposal
          .proposal,
    );
  const reject = () =>
    decide(
      async () =>
        (await execute(RejectProposalDocument, { key: p.key, reason: reason.trim() }, undefined, token)).rejectProposal
          .proposal,
    );
  const submit = (e: FormEvent, action: () => void) => {
    e.preventDefault();
    action();
  };
  const fid = (what: string) => `${what}-${p.key}`;

  return (
    <li
      id={`proposal-${p.key}`}
      tabIndex={-1}
      className={`proposal decision-${p.status}${props.chosen ? ' chosen' : ''}`}
      data-key={p.key}
      data-status={p.status}
      aria-busy={busy}
    >
      <p className="proposal-head">
        <span className={`decision-tag decision-${p.status}`}>{STATUS_WORD[p.status]}</span>{' '}
        <span className="type">{kindLabel(p.kind)}</span>{' '}
        <button type="button" className="link-like" aria-pressed={props.chosen} onClick={props.onChoose}>
          {p.recordName ?? p.entity?.name ?? p.quote}
        </button>
      </p>
      <blockquote>“{p.quote}”</blockquote>
      <p className="meta">
        {p.recordType ? `${typeLabel(p.recordType)} · ` : ''}
        {p.date ? `${fuzzy(p.date)} · ` : ''}
        characters {p.start}–{p.end} · rule {p.rule} · confidence {Math.round(p.confidence * 100)}%
      </p>
      {p.entity && (
        <p className="meta">
          Names <Link to={entityHref(p.entity.key)}>{p.entity.name}</Link>, which the graph holds.
        </p>
      )}
      {p.fulfils && (
        <p className="meta">
          Would fulfil <Link to={entityHref(p.fulfils.key)}>{p.fulfils.name}</Link>.
        </p>
      )}
      {!pending && (
        <p className="decision" role="status">
          {STATUS_WORD[p.status].replace(/^\w/, (c) => c.toUpperCase())}
          {p.decidedBy ? ` by ${p.decidedBy}` : ''}
          {p.decidedAt ? ` on ${p.decidedAt.slice(0, 10)}` : ''}
          {p.reason ? `: ${p.reason}` : ''}
          {p.result && (
            <>
              {' '}
              → <Link to={entityHref(p.result.key)}>{p.result.name}</Link>
            </>
          )}
        </p>
      )}
      {pending && (
        <div className="decide">
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => accept()}>
              Accept
            </button>
            <button
              type="button"
              disabled={busy}
              aria-expanded={mode === 'edit'}
              onClick={() => setMode(mode === 'edit' ? 'none' : 'edit')}
            >
              Edit…
            </button>
            {p.kind === 'ENTITY' && (
              <button
                type="button"
                disabled={busy}
                aria-expanded={mode === 'merge'}
                onClick={() => setMode(mode === 'merge' ? 'none' : 'merge')}
              >
                Merge…
              </button>
            )}
            <button
              type="button"
              disabled={busy}
              aria-expanded={mode === 'reject'}
              onClick={() => setMode(mode === 'reject' ? 'none' : 'reject')}
            >
              Reject…
            </button>
          </div>
          {mode === 'edit' && (
            <form
              onSubmit={(e) =>
                submit(e, () => accept({ name: name.trim() || undefined, propsJson: propsJson.trim() || undefined }))
              }
            >
              <label htmlFor={fid('name')}>Name</label>
              <input id={fid('name')} value={name} onChange={(e) => setName(e.target.value)} />
              <label htmlFor={fid('props')}>Properties to set (JSON, as in the seed)</label>
              <textarea
                id={fid('props')}
                rows={3}
                value={propsJson}
                onChange={(e) => setPropsJson(e.target.value)}
                placeholder='{"due": {"text": "by 30 April", "value": "2024-04-30", "precision": "DAY"}}'
              />
              {p.recordJson && (
                <details>
                  <summary>The record as proposed</summary>
                  <pre>{p.recordJson}</pre>
                </details>
              )}
              <button type="submit" disabled={busy}>
                Accept edited
              </button>
            </form>
          )}
          {mode === 'merge' && (
            <form onSubmit={(e) => submit(e, merge)}>
              <label htmlFor={fid('into')}>Key of the entity to merge into</label>
              <input
                id={fid('into')}
                value={into}
                onChange={(e) => setInto(e.target.value)}
                placeholder="rosemarie-harris"
              />
              <button type="submit" disabled={busy || !into.trim()}>
                Merge
              </button>
            </form>
          )}
          {mode === 'reject' && (
            <form onSubmit={(e) => submit(e, reject)}>
              <label htmlFor={fid('reason')}>Why</label>
              <input id={fid('reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
              <button type="submit" disabled={busy || !reason.trim()}>
                Reject
              </button>
            </form>
          )}
          {busy && <p className="meta">Sending the decision…</p>}
          {error && <Failure error={error} />}
        </div>
      )}
    </li>
  );
}
