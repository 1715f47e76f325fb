// Leave-one-out evaluation on the curated seed: for each source, the graph is what the other
// sources state, the source is extracted as if new, and the proposals are compared with the
// curated records that cite it (the gold standard). A proposal matches a gold record of its kind
// when its quote overlaps one of the record's quoted passages in that source (and, for
// obligations and dated events, when its date can be the gold date). Several proposals may match
// one record (a reviewer merges them); `duplicates` counts those.
import { boundsOf, type FuzzyDate, type SeedInput } from '../write/compile.js';
import { isNodeType, type NodeType } from '../model.js';
import { RuleExtractor } from './rules.js';
import { misquoted, type GraphView, type Proposal, type ProposalKind } from './types.js';

interface RawRecord {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
  evidence?: { source: string; quote: string; at?: number }[];
  links?: { rel: string; from?: string; to?: string; evidence?: { source: string; quote: string; at?: number }[] }[];
  [k: string]: unknown;
}

export const scoredKinds: ProposalKind[] = [
  'ENTITY',
  'DATE',
  'OBLIGATION',
  'REQUEST',
  'MEETING',
  'APPOINTMENT',
  'LEGAL_REFERENCE',
  'AMOUNT',
  'FINDING',
];

const KIND_OF_TYPE: Partial<Record<string, ProposalKind>> = {
  Person: 'ENTITY',
  Organisation: 'ENTITY',
  Post: 'ENTITY',
  Obligation: 'OBLIGATION',
  Request: 'REQUEST',
  Meeting: 'MEETING',
  MonitoringVisit: 'MEETING',
  Appointment: 'APPOINTMENT',
  Legislation: 'LEGAL_REFERENCE',
  Provision: 'LEGAL_REFERENCE',
  Power: 'LEGAL_REFERENCE',
  Figure: 'AMOUNT',
  Finding: 'FINDING',
};
const DATE_FIELDS = ['date', 'due', 'issued', 'start', 'end', 'imposed'];

export interface GoldItem {
  kind: ProposalKind;
  id: string;
  name: string;
  names: string[];
  spans: [number, number][];
  date?: FuzzyDate;
}

export interface KindScore {
  kind: ProposalKind;
  gold: number;
  proposals: number;
  matchedGold: number;
  correctProposals: number;
  duplicates: number;
  precision: number;
  recall: number;
  misses: GoldItem[];
  falseProposals: Proposal[];
}

export interface SourceResult {
  source: string;
  proposals: Proposal[];
  misquoted: Proposal[];
  scores: KindScore[];
}

function locate(text: string, e: { quote: string; at?: number }): [number, number] | undefined {
  const at = e.at ?? text.indexOf(e.quote);
  return at >= 0 && text.slice(at, at + e.quote.length) === e.quote ? [at, at + e.quote.length] : undefined;
}

const sourcesOf = (r: RawRecord) =>
  new Set([...(r.evidence ?? []), ...(r.links ?? []).flatMap((l) => l.evidence ?? [])].map((e) => e.source));

function overlapsDate(a: FuzzyDate | undefined, b: FuzzyDate | undefined): boolean {
  if (!b) return true;
  const gb = boundsOf(b);
  if (!gb.earliest && !gb.latest) return true;
  if (!a) return false;
  const pa = boundsOf(a);
  return (pa.earliest ?? '0000') <= (gb.latest ?? '9999') && (gb.earliest ?? '0000') <= (pa.latest ?? '9999');
}

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/** The graph as the other sources state it: the extractor's view when `source` arrives new. */
export function graphWithout(records: RawRecord[], source: string): GraphView {
  const kept = records.filter((r) => [...sourcesOf(r)].some((s) => s !== source) && isNodeType(r.type));
  const keys = new Set(kept.map((r) => r.id));
  const fulfilled = new Set(
    records.flatMap((r) => (r.links ?? []).filter((l) => l.rel === 'FULFILS').map((l) => l.to ?? r.id)),
  );
  return {
    entities: kept.map((r) => ({ key: r.id, type: r.type as NodeType, names: [r.name, ...(r.aliases ?? [])] })),
    openObligations: kept
      .filter((r) => r.type === 'Obligation' && !fulfilled.has(r.id))
      .map((r) => ({
        key: r.id,
        name: r.name,
        action: String(r.action ?? r.name),
        bearers: (r.links ?? []).filter((l) => l.rel === 'BEARS' && l.from && keys.has(l.from)).map((l) => l.from!),
      })),
  };
}

/** The curated records a source states, as gold items of the kinds extraction proposes. */
export function goldFor(records: RawRecord[], source: string, text: string, published?: FuzzyDate): GoldItem[] {
  const items: GoldItem[] = [];
  for (const r of records) {
    const own = (r.evidence ?? []).filter((e) => e.source === source);
    if (!own.length) continue;
    const spans = [...own, ...(r.links ?? []).flatMap((l) => (l.evidence ?? []).filter((e) => e.source === source))]
      .map((e) => locate(text, e))
      .filter((s): s is [number, number] => Boolean(s));
    const kind = KIND_OF_TYPE[r.type];
    // A record's date is asked of the proposal only where its words are in this source.
    const date = (r.due ?? r.date) as FuzzyDate | undefined;
    const worded = date?.text && text.includes(date.text) ? date : undefined;
    if (kind) items.push({ kind, id: r.id, name: r.name, names: [r.name, ...(r.aliases ?? [])], spans, date: worded });
    // Every worded date of a record that cites this source, where its words are in the text.
    for (const f of DATE_FIELDS) {
      const d = r[f] as FuzzyDate | undefined;
      if (!d?.text) continue;
      const at = text.indexOf(d.text);
      if (at < 0) continue;
      items.push({
        kind: 'DATE',
        id: `${r.id}.${f}`,
        name: d.text,
        names: [d.text],
        spans: [[at, at + d.text.length]],
        date: d,
      });
    }
  }
  if (published?.text && text.includes(published.text)) {
    const at = text.indexOf(published.text);
    items.push({
      kind: 'DATE',
      id: `${source}.published`,
      name: published.text,
      names: [],
      spans: [[at, at + published.text.length]],
      date: published,
    });
  }
  // One gold date per passage: several records carry the same worded date.
  const seen = new Set<string>();
  return items.filter((g) => {
    if (g.kind !== 'DATE') return true;
    const k = `${g.spans[0]![0]}-${g.spans[0]![1]}`;
    return !seen.has(k) && seen.add(k);
  });
}

function matches(p: Proposal, g: GoldItem, graph: GraphView): boolean {
  if (p.kind !== g.kind) return false;
  if (p.kind === 'ENTITY') {
    if (p.entity) return p.entity === g.id;
    const name = norm(p.record?.name ?? p.quote);
    if (g.names.some((n) => norm(n) === name)) return true;
    // A candidate for something the graph already holds under another name is not this gold.
    if (graph.entities.some((e) => e.key === g.id)) return false;
  }
  const overlap = g.spans.some(([s, e]) => p.start < e && p.end > s);
  if (!overlap) return false;
  if (['OBLIGATION', 'REQUEST', 'MEETING', 'APPOINTMENT', 'DATE'].includes(p.kind)) return overlapsDate(p.date, g.date);
  return true;
}

export function evaluateSource(
  records: RawRecord[],
  source: { id: string; text: string; published?: FuzzyDate },
): SourceResult {
  const graph = graphWithout(records, source.id);
  const proposals = new RuleExtractor().extractSync(
    { id: source.id, text: source.text, published: source.published },
    graph,
  );
  const gold = goldFor(records, source.id, source.text, source.published);
  const scores = scoredKinds.map((kind): KindScore => {
    const g = gold.filter((x) => x.kind === kind);
    const p = proposals.filter((x) => x.kind === kind);
    const matchedBy = new Map<string, number>();
    const falseProposals: Proposal[] = [];
    for (const prop of p) {
      const hits = g.filter((x) => matches(prop, x, graph));
      if (!hits.length) falseProposals.push(prop);
      for (const h of hits) matchedBy.set(h.id, (matchedBy.get(h.id) ?? 0) + 1);
    }
    const misses = g.filter((x) => !matchedBy.has(x.id));
    const correct = p.length - falseProposals.length;
    return {
      kind,
      gold: g.length,
      proposals: p.length,
      matchedGold: g.length - misses.length,
      correctProposals: correct,
      duplicates: [...matchedBy.values()].reduce((a, n) => a + Math.max(0, n - 1), 0),
      precision: p.length ? correct / p.length : 1,
      recall: g.length ? (g.length - misses.length) / g.length : 1,
      misses,
      falseProposals,
    };
  });
  return { source: source.id, proposals, misquoted: misquoted(source.text, proposals), scores };
}

/** Leave-one-out over every source of a seed folder. */
export function evaluateSeed(input: SeedInput): SourceResult[] {
  const records = input.facts.flatMap((f) => f.records as RawRecord[]);
  return (input.sources.records as { id: string; file: string; published?: FuzzyDate }[]).map((s) =>
    evaluateSource(records, { id: s.id, text: input.sourceText(s.file) ?? '', published: s.published }),
  );
}

/** Sums per kind over sources. */
export function totals(results: SourceResult[]): KindScore[] {
  return scoredKinds.map((kind) => {
    const all = results.map((r) => r.scores.find((s) => s.kind === kind)!);
    const sum = (f: (s: KindScore) => number) => all.reduce((a, s) => a + f(s), 0);
    const gold = sum((s) => s.gold);
    const proposals = sum((s) => s.proposals);
    const matchedGold = sum((s) => s.matchedGold);
    const correctProposals = sum((s) => s.correctProposals);
    return {
      kind,
      gold,
      proposals,
      matchedGold,
      correctProposals,
      duplicates: sum((s) => s.duplicates),
      precision: proposals ? correctProposals / proposals : 1,
      recall: gold ? matchedGold / gold : 1,
      misses: all.flatMap((s) => s.misses),
      falseProposals: all.flatMap((s) => s.falseProposals),
    };
  });
}
