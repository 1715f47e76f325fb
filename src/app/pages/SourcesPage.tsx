// The source texts the graph cites, each opening in the reader.
import { Link } from 'react-router';
import { SourceListDocument } from '../gql/graphql.js';
import { useTitle } from '../Layout.js';
import { fuzzy } from '../format.js';
import { Empty, Failure, Loading } from '../states.js';
import { useQuery } from '../useQuery.js';

export function SourcesPage() {
  useTitle('Sources');
  const { data, error, loading, retry } = useQuery(SourceListDocument, {});
  const sources = data?.sources.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        Every fact in the graph cites the exact words of one of these texts. Open one to read it with every cited
        passage highlighted.
      </p>
      {error && <Failure error={error} retry={retry} />}
      {loading && <Loading what="sources" />}
      {data && sources.length === 0 && <Empty>No sources are loaded.</Empty>}
      <ul className="links sources">
        {sources.map((s) => (
          <li key={s.key}>
            <Link to={`/sources/${encodeURIComponent(s.key)}`}>{s.title}</Link>
            <span className="meta">
              {' '}
              {s.key} · {s.publisher ?? 'publisher not stated'} · {fuzzy(s.published)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
