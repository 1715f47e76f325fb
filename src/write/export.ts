// The graph back in the seed format (docs/seed-format.md): sources.yaml, the source texts, and
// one facts file per type, each record with its properties, evidence (quote and `at`) and the
// links it starts. Loading the export gives the same facts as the graph holds (a test). Retracted
// facts are left out (listed apart when asked for); bookkeeping properties never leave.
import neo4j from 'neo4j-driver';
import type { ExportedGraph } from '../db/curation.js';
import { BOOKKEEPING } from '../db/curation.js';
import { FUZZY_FIELDS } from './compile.js';

const DATE_PARTS = [
  'Text',
  'Value',
  'Precision',
  'Earliest',
  'Latest',
  'Inferred',
  'Inference',
  'RelativeTo',
  'RelativeField',
  'Offset',
];

function plain(v: unknown): unknown {
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (v !== null && typeof v === 'object' && (neo4j.isDate(v) || neo4j.isDateTime(v))) return String(v);
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

/** A flattened fuzzy date (`dueText`, `dueEarliest`...) as the seed writes it. */
function fuzzyOf(props: Record<string, unknown>, field: string): Record<string, unknown> | undefined {
  if (props[`${field}Precision`] === undefined) return undefined;
  const get = (part: string) => plain(props[`${field}${part}`]);
  const out: Record<string, unknown> = {};
  for (const [key, part] of [
    ['text', 'Text'],
    ['value', 'Value'],
    ['precision', 'Precision'],
    ['earliest', 'Earliest'],
    ['latest', 'Latest'],
  ] as const)
    if (get(part) != null) out[key] = get(part);
  if (get('Inferred') === true) out.inferred = true;
  if (get('Inference') != null) out.inference = get('Inference');
  if (get('RelativeTo') != null)
    out.relative = { anchor: get('RelativeTo'), anchorField: get('RelativeField') ?? 'issued', offset: get('Offset') };
  return out;
}

/** Properties that are not the record's own: dates (written whole), search helpers, bookkeeping. */
function isDerived(key: string): boolean {
  return (
    BOOKKEEPING.includes(key) ||
    key === 'aliasesText' ||
    FUZZY_FIELDS.some((f) => key.startsWith(f) && DATE_PARTS.includes(key.slice(f.length)))
  );
}

export interface SeedFiles {
  /** Path under the output folder -> YAML-ready value, or text for a source file. */
  yaml: Map<string, unknown[]>;
  texts: Map<string, string>;
  /** Keys of retracted facts (not exported as facts). */
  retracted: string[];
}

export function toSeedFiles(graph: ExportedGraph): SeedFiles {
  const evidence = new Map<string, { source: string; quote: string; at: number }>();
  const retracted: string[] = [];
  for (const n of graph.nodes)
    if (n.type === 'Evidence')
      evidence.set(n.props.id as string, {
        source: n.props.sourceId as string,
        quote: n.props.quote as string,
        at: plain(n.props.start) as number,
      });
  const retractedIds = new Set(graph.nodes.filter((n) => n.retracted).map((n) => n.props.id as string));
  const cites = new Map<string, { source: string; quote: string; at: number }[]>();
  const linksOf = new Map<string, Record<string, unknown>[]>();
  for (const r of graph.rels) {
    if (r.type === 'EVIDENCED_BY') {
      const e = evidence.get(r.to);
      if (e) cites.set(r.from, [...(cites.get(r.from) ?? []), e]);
      continue;
    }
    if (r.props.retracted === true || retractedIds.has(r.from) || retractedIds.has(r.to)) {
      if (r.props.retracted === true) retracted.push(r.props.id as string);
      continue;
    }
    const link: Record<string, unknown> = { rel: r.type, to: r.to };
    if (r.props.inferred === true) link.inferred = true;
    if (r.props.inference != null) link.inference = r.props.inference;
    if (r.props.capacity != null) link.capacity = r.props.capacity;
    if (r.props.role != null) link.role = r.props.role;
    const date = fuzzyOf(r.props, 'date');
    if (date) link.date = date;
    link.evidence = ((r.props.evidence as string[] | undefined) ?? []).map((id) => evidence.get(id)).filter(Boolean);
    linksOf.set(r.from, [...(linksOf.get(r.from) ?? []), link]);
  }
  const byEvidenceOrder = (list: { source: string; at: number }[]) =>
    [...list].sort((a, b) => a.source.localeCompare(b.source) || a.at - b.at);

  const yaml = new Map<string, unknown[]>();
  const texts = new Map<string, string>();
  const add = (file: string, record: unknown) => yaml.set(file, [...(yaml.get(file) ?? []), record]);
  for (const n of graph.nodes) {
    const id = n.props.id as string;
    if (n.type === 'Evidence') continue;
    if (n.retracted) {
      retracted.push(id);
      continue;
    }
    if (n.type === 'Source') {
      texts.set(n.props.file as string, n.props.content as string);
      const record: Record<string, unknown> = { id, file: n.props.file, title: n.props.title };
      if (n.props.titleInferred === true) record.titleInferred = true;
      for (const k of ['publisher', 'publisherNote', 'url', 'licence']) if (n.props[k] != null) record[k] = n.props[k];
      record.published = fuzzyOf(n.props, 'published');
      const own = cites.get(id);
      if (own?.length) record.evidence = byEvidenceOrder(own);
      add('sources.yaml', record);
      continue;
    }
    const record: Record<string, unknown> = { id, type: n.type, name: n.props.name };
    for (const [k, v] of Object.entries(n.props).sort(([a], [b]) => a.localeCompare(b)))
      if (k !== 'id' && k !== 'name' && !isDerived(k)) record[k] = plain(v);
    for (const f of FUZZY_FIELDS) {
      const d = fuzzyOf(n.props, f);
      if (d) record[f] = d;
    }
    record.evidence = byEvidenceOrder(cites.get(id) ?? []);
    const links = linksOf.get(id);
    if (links?.length) record.links = links;
    add(`facts/${n.type.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase()}.yaml`, record);
  }
  return { yaml, texts, retracted: retracted.sort() };
}
