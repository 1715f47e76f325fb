// Search as you type: typed, ranked hits in a listbox that the arrow keys move through and Enter
// opens (the ARIA combobox pattern). The words are kept in the URL (?q=), so a search is a link.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AppSearchDocument } from '../gql/graphql.js';
import { useTitle } from '../Layout.js';
import { typeLabel } from '../format.js';
import { Empty, Failure, Loading } from '../states.js';
import { useQuery } from '../useQuery.js';
import { useUsableMark } from '../usable.js';

/** Waits this long after the last keystroke before asking: one request per pause, not per key. */
const PAUSE_MS = 150;

export function SearchPage() {
  useTitle('Search');
  useUsableMark(true);
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [asked, setAsked] = useState(text.trim());
  const [active, setActive] = useState(0);
  const navigate = useNavigate();
  const listId = useId();
  useEffect(() => {
    const t = setTimeout(() => {
      setAsked(text.trim());
      setActive(0);
      setParams(text.trim() ? { q: text.trim() } : {}, { replace: true });
    }, PAUSE_MS);
    return () => clearTimeout(t);
  }, [text, setParams]);
  const { data, error, loading, retry } = useQuery(AppSearchDocument, asked ? { text: asked } : null);
  const hits = data?.search ?? [];
  const open = (i: number) => {
    const hit = hits[i];
    if (hit) navigate(`/entity/${encodeURIComponent(hit.node.key)}`);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') open(active);
    else if (e.key === 'Escape') setText('');
    else return;
    e.preventDefault();
  };
  return (
    <>
      <h1>Search the graph</h1>
      <p className="lede">
        People, bodies, notices, plans, obligations and statements from the sources. Type a name or a few words; use the
        arrow keys and Enter to open a hit. Or start from the <Link to="/timeline">obligations timeline</Link>.
      </p>
      <div className="search">
        <label htmlFor="search-input">Search</label>
        <input
          id="search-input"
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={hits.length ? `${listId}-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          value={text}
          placeholder="e.g. Powys, warning notice, Irranca"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKey}
        />
      </div>
      {error && <Failure error={error} retry={retry} />}
      {loading && asked && <Loading what="hits" />}
      {data && hits.length === 0 && <Empty>Nothing matches “{asked}”.</Empty>}
      <ul id={listId} role="listbox" aria-label="Hits" className="hits">
        {hits.map((hit, i) => (
          <li
            key={hit.node.key}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'hit active' : 'hit'}
            onMouseEnter={() => setActive(i)}
            onClick={() => open(i)}
          >
            <span className="type">{typeLabel(hit.type)}</span> <span className="name">{hit.node.name}</span>
            {hit.node.aliases.length > 0 && (
              <span className="aliases"> · {hit.node.aliases.slice(0, 3).join(', ')}</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
