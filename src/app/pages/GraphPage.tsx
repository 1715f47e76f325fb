// The graph view: an entity's neighbourhood drawn with Cytoscape (loaded only on this page).
// Inferred links are dashed. A click on a node opens its page; Shift+click, or a node's Expand
// button in the list beside the drawing (the keyboard's way in), adds that node's own
// neighbourhood. Expanded nodes are kept in the URL (?expand=a,b), so a drawing is a link.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, execute } from '../api.js';
import { EntityIdDocument, GraphAroundDocument, type GraphAroundQuery } from '../gql/graphql.js';
import { useTitle } from '../Layout.js';
import { typeLabel } from '../format.js';
import { Failure, Loading } from '../states.js';
import { entityHref } from './EntityPage.js';

type Around = GraphAroundQuery['neighbourhood'];
type GraphNode = Around['nodes'][number];
type GraphEdge = Around['edges'][number];

/** Colours by family of type, readable on white. */
const FAMILY: [RegExp, string][] = [
  [/^(Person)$/, '#1f6feb'],
  [/^(Organisation|Post|Tenure)$/, '#6e40c9'],
  [/^(InspectionReport|WarningNotice|ImprovementPlan|WrittenStatement|Letter|Framework)$/, '#b35900'],
  [/^(Obligation|Consequence)$/, '#c62828'],
  [/^(Legislation|Provision|Power)$/, '#2e7d32'],
];
const colourOf = (type: string) => FAMILY.find(([re]) => re.test(type))?.[1] ?? '#57606a';

async function neighbourhoodOf(key: string, signal: AbortSignal): Promise<Around> {
  const found = await execute(EntityIdDocument, { key }, signal);
  if (!found.entity) throw new ApiError(`Nothing in the graph has the key “${key}”.`, 'NOT_FOUND');
  return (await execute(GraphAroundDocument, { id: found.entity.id }, signal)).neighbourhood;
}

export default function GraphPage() {
  const { key = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const expanded = useMemo(() => (params.get('expand') ?? '').split(',').filter(Boolean), [params]);
  const [graph, setGraph] = useState<{ for: string; nodes: GraphNode[]; edges: GraphEdge[]; centre: string }>();
  const [error, setError] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const wanted = [key, ...expanded].join(',');
  useTitle(`Graph around ${key}`);

  useEffect(() => {
    const abort = new AbortController();
    setError(undefined);
    Promise.all([key, ...expanded].map((k) => neighbourhoodOf(k, abort.signal))).then(
      (parts) => {
        const nodes = new Map<string, GraphNode>();
        const edges = new Map<string, GraphEdge>();
        for (const p of parts) {
          for (const n of p.nodes) nodes.set(n.id, n);
          for (const e of p.edges) edges.set(e.key, e);
        }
        setGraph({ for: wanted, nodes: [...nodes.values()], edges: [...edges.values()], centre: parts[0]!.centre.id });
      },
      (err: Error) => {
        if (!abort.signal.aborted) setError(err instanceof ApiError ? err : new ApiError(err.message, 'ERROR'));
      },
    );
    return () => abort.abort();
    // `wanted` stands for key and expanded.
  }, [wanted, attempt]);

  const expand = (k: string) => {
    if (k === key || expanded.includes(k)) return;
    setParams({ expand: [...expanded, k].join(',') });
  };

  useEffect(() => {
    if (!graph || !box.current) return;
    const ids = new Set(graph.nodes.map((n) => n.id));
    const elements: ElementDefinition[] = [
      ...graph.nodes.map((n) => ({
        data: {
          id: n.id,
          key: n.key,
          label: n.name.length > 40 ? `${n.name.slice(0, 38)}…` : n.name,
          colour: colourOf(n.__typename),
        },
        classes: n.id === graph.centre ? 'centre' : expanded.includes(n.key) ? 'expanded' : '',
      })),
      ...graph.edges
        .filter((e) => ids.has(e.start.id) && ids.has(e.end.id))
        .map((e) => ({
          data: { id: `e:${e.key}`, source: e.start.id, target: e.end.id, label: e.type },
          classes: e.inferred ? 'inferred' : '',
        })),
    ];
    const instance = cytoscape({
      container: box.current,
      elements,
      // Rings: the centre, then the nodes expanded, then the rest; no node hides another.
      layout: {
        name: 'concentric',
        concentric: (n) => (n.hasClass('centre') ? 2 : n.hasClass('expanded') ? 1 : 0),
        levelWidth: () => 1,
        minNodeSpacing: 70,
        animate: false,
      },
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            label: 'data(label)',
            'font-size': 10,
            color: '#1f2328',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'wrap',
            'text-max-width': '120px',
            width: 18,
            height: 18,
          },
        },
        { selector: 'node.centre', style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#1f2328' } },
        { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#1f2328' } },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'line-color': '#8c959f',
            'target-arrow-color': '#8c959f',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': 7,
            color: '#57606a',
            'text-rotation': 'autorotate',
          },
        },
        { selector: 'edge.inferred', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
      ],
    });
    instance.on('tap', 'node', (event) => {
      const k = event.target.data('key') as string;
      if ((event.originalEvent as MouseEvent | undefined)?.shiftKey) expand(k);
      else navigate(entityHref(k));
    });
    return () => instance.destroy();
    // The drawing follows the loaded graph only.
  }, [graph]);

  if (error) return <Failure error={error} retry={() => setAttempt((a) => a + 1)} />;
  const centre = graph?.nodes.find((n) => n.id === graph.centre);
  const inferred = graph?.edges.filter((e) => e.inferred).length ?? 0;
  return (
    <div className="graph-page">
      <h1>Graph around {centre ? <Link to={entityHref(centre.key)}>{centre.name}</Link> : key}</h1>
      <p className="lede">
        Click a node to open its page; Shift+click, or Expand in the list, to add its own neighbours. Dashed links are
        inferred: read between sentences rather than stated.
      </p>
      {!graph || graph.for !== wanted ? <Loading what="the neighbourhood" /> : null}
      <div className="graph-body">
        <div
          ref={box}
          className="graph-canvas"
          role="img"
          aria-label={
            graph
              ? `Graph of ${graph.nodes.length} entities and ${graph.edges.length} links, ${inferred} of them inferred`
              : 'Graph'
          }
          data-nodes={graph?.nodes.length ?? 0}
          data-edges={graph?.edges.length ?? 0}
          data-inferred={inferred}
        />
        {graph && (
          <section className="graph-list">
            <h2>{graph.nodes.length} entities</h2>
            <ul className="links">
              {[...graph.nodes]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((n) => (
                  <li key={n.id}>
                    <span className="type">{typeLabel(n.__typename)}</span> <Link to={entityHref(n.key)}>{n.name}</Link>{' '}
                    {n.key !== key && !expanded.includes(n.key) && (
                      <button
                        type="button"
                        className="small"
                        onClick={() => expand(n.key)}
                        aria-label={`Expand ${n.name}`}
                      >
                        Expand
                      </button>
                    )}
                  </li>
                ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
