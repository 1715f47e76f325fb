// Results files, the BENCHMARKS.md summary (between markers, so notes around it survive) and the
// SVG chart of p50 latency against scale per operation and variant.
import fs from 'node:fs';
import path from 'node:path';
import type { LoadReport, Scale } from './data.js';
import type { OpParams } from './ops.js';

export const VARIANTS = [
  'api',
  'ngql',
  'cypher',
  'cypher-http',
  'api-loaders',
  'api-nobatch',
  'api-cached',
  'api-before',
] as const;
export type Variant = (typeof VARIANTS)[number];

export interface VariantResult {
  variant: Variant;
  supported: boolean;
  note?: string;
  requests: number;
  errors: number;
  firstError?: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  roundTrips?: number;
  peakRssMb?: number;
  sample?: string;
}
export interface OpResult {
  op: string;
  title: string;
  variants: VariantResult[];
  /** How long the bench waited for Neo4j to go idle before a slice (bench/settle.ts), in ms. */
  settledMs?: { median: number; max: number };
  /** Each measured slice in the order run: how a variant's p50 moved over the rounds. */
  slices?: SliceResult[];
}
export interface SliceResult {
  round: number;
  variant: Variant;
  p50: number;
  requests: number;
}
/** `{ __typename }` on a server: its HTTP and GraphQL layers with no database work. */
export interface NoDatabaseResult {
  variant: Variant;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}
export interface ScaleResult {
  date: string;
  scale: Scale;
  command: string;
  machine: { cpus: number; model: string; memoryGiB: number; node: string; platform: string };
  versions: Record<string, string>;
  settings: { seconds: number; rounds: number; warmup: number; concurrency: number };
  load: LoadReport | null;
  params: OpParams;
  ops: OpResult[];
  /** Absent in results from before the seventh run. */
  noDatabase?: NoDatabaseResult[];
}

const SCALE_ORDER: Scale[] = ['1x', '10k', '100k', '1m', '10m'];
const LABEL: Record<Variant, string> = {
  api: 'this API',
  ngql: '@neo4j/graphql',
  cypher: 'Cypher floor',
  'cypher-http': 'Cypher floor over HTTP (node:http + JSON, no GraphQL)',
  'api-loaders': 'this API, one level per round trip',
  'api-nobatch': 'this API, one level per round trip, no batching',
  'api-cached': 'this API, response cache on (repeat requests: hits)',
  'api-before': 'this API at an earlier commit (--before)',
};
const COLOUR: Record<Variant, string> = {
  api: '#1f77b4',
  ngql: '#d62728',
  cypher: '#2ca02c',
  'cypher-http': '#8c564b',
  'api-loaders': '#9467bd',
  'api-nobatch': '#ff7f0e',
  'api-cached': '#17becf',
  'api-before': '#7f7f7f',
};
const FLOOR_ONLY_IN_PROCESS = 'in-process, no HTTP';

/** The newest result file per scale. */
export function latestResults(root: string): ScaleResult[] {
  const dir = path.join(root, 'bench', 'results');
  if (!fs.existsSync(dir)) return [];
  const byScale = new Map<string, ScaleResult>();
  for (const f of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const r = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as ScaleResult;
    byScale.set(r.scale, r);
  }
  return SCALE_ORDER.filter((s) => byScale.has(s)).map((s) => byScale.get(s)!);
}

const fmt = (n: number | undefined, d = 1) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(d));
const v = (op: OpResult, variant: Variant) => op.variants.find((x) => x.variant === variant);
const geomean = (xs: number[]) => (xs.length ? Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length) : NaN);

export function summary(results: ScaleResult[]): string {
  const out: string[] = [];
  const first = results[0];
  if (!first) return '_No results yet: run `npm run bench`._\n';
  out.push(
    `Machine: ${first.machine.cpus} cores (${first.machine.model}), ${first.machine.memoryGiB} GiB, ${first.machine.platform}.`,
  );
  out.push(
    `Versions: ${Object.entries(first.versions)
      .map(([k, x]) => `${k} ${x}`)
      .join(', ')}.`,
  );
  out.push(
    `Settings: concurrency ${first.settings.concurrency}, ${first.settings.rounds} interleaved rounds of ${first.settings.seconds} s per variant and operation after a ${first.settings.warmup} s warm-up; loopback only.`,
  );
  out.push('');
  out.push('### Load times');
  out.push('');
  out.push('| scale | date | nodes | relationships | councils | total load (s) | of which writes (s) |');
  out.push('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const l = r.load;
    out.push(
      `| ${r.scale} | ${r.date} | ${l?.nodes.toLocaleString('en') ?? '?'} | ${l?.relationships.toLocaleString('en') ?? '?'} | ${l?.councils ?? 0} | ${fmt(l?.totalSeconds)} | ${fmt(l?.loadSeconds)} |`,
    );
  }
  out.push('');
  out.push('### Key ratios');
  out.push('');
  out.push(
    '| scale | p50 API ≤ @neo4j/graphql (ops) | throughput API / @neo4j/graphql (geomean) | worst p50 API / Cypher floor (in-process) | worst p50 API / Cypher floor over HTTP | throughput cached API / @neo4j/graphql (geomean) | N+1 round trips (as shipped / loaders only / unbatched) | throughput API / earlier commit (geomean) |',
  );
  out.push('| --- | --- | ---: | ---: | ---: | ---: | --- | ---: |');
  for (const r of results) {
    const both = r.ops.filter(
      (o) => v(o, 'ngql')?.supported && v(o, 'ngql')!.requests > 0 && v(o, 'api')!.requests > 0,
    );
    const wins = both.filter((o) => v(o, 'api')!.p50 <= v(o, 'ngql')!.p50).map((o) => o.op);
    const ratio = geomean(both.map((o) => v(o, 'api')!.rps / v(o, 'ngql')!.rps));
    const worst = (floorVariant: Variant) => {
      const w = r.ops
        .filter((o) => v(o, floorVariant))
        .map((o) => ({ op: o.op, x: v(o, 'api')!.p50 / v(o, floorVariant)!.p50 }))
        .sort((a, b) => b.x - a.x)[0];
      return w ? `${fmt(w.x, 1)}x (${w.op})` : '–';
    };
    const n1 = r.ops.find((o) => o.op === 'actorsPage');
    const withCache = both.filter((o) => (v(o, 'api-cached')?.requests ?? 0) > 0);
    const cached = withCache.length
      ? `${fmt(geomean(withCache.map((o) => v(o, 'api-cached')!.rps / v(o, 'ngql')!.rps)), 1)}x`
      : '–';
    const withBefore = r.ops.filter((o) => (v(o, 'api-before')?.requests ?? 0) > 0);
    const before = withBefore.length
      ? `${fmt(geomean(withBefore.map((o) => v(o, 'api')!.rps / v(o, 'api-before')!.rps)), 2)}x`
      : '–';
    const trips = n1
      ? ['api', 'api-loaders', 'api-nobatch'].map((x) => v(n1, x as Variant)?.roundTrips ?? '?').join(' / ')
      : '–';
    out.push(
      `| ${r.scale} | ${wins.length}/${both.length}${
        both.length > wins.length
          ? ` (not: ${both
              .filter((o) => !wins.includes(o.op))
              .map((o) => o.op)
              .join(', ')})`
          : ''
      } | ${fmt(ratio, 2)}x | ${worst('cypher')} | ${worst('cypher-http')} | ${cached} | ${trips} | ${before} |`,
    );
  }
  const withNoDb = results.filter((r) => r.noDatabase?.length);
  if (withNoDb.length) {
    out.push('');
    out.push('A request with no database work, `{ __typename }` (same rounds and concurrency):');
    out.push('');
    out.push(
      '| scale | API req/s | @neo4j/graphql (Apollo standalone) req/s | API / library | p50 API ms | p50 library ms |',
    );
    out.push('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const r of withNoDb) {
      const api = r.noDatabase!.find((x) => x.variant === 'api');
      const lib = r.noDatabase!.find((x) => x.variant === 'ngql');
      out.push(
        `| ${r.scale} | ${fmt(api?.rps, 0)} | ${fmt(lib?.rps, 0)} | ${api && lib ? fmt(api.rps / lib.rps, 2) + 'x' : '–'} | ${fmt(api?.p50, 2)} | ${fmt(lib?.p50, 2)} |`,
      );
    }
  }
  const s10k = results.find((r) => r.scale === '10k');
  const s1m = ['10m', '1m', '100k'].map((s) => results.find((r) => r.scale === s)).find(Boolean);
  if (s10k && s1m && s1m !== s10k) {
    out.push('');
    out.push(
      `Growth of this API's p50 from 10k to ${s1m.scale}: ` +
        ['person', 'bodyObligations', 'search', 'requests', 'actorsPage', 'overdue']
          .map((name) => {
            const a = s10k.ops.find((o) => o.op === name);
            const b = s1m.ops.find((o) => o.op === name);
            return a && b ? `${name} ${fmt(v(b, 'api')!.p50 / v(a, 'api')!.p50, 2)}x` : undefined;
          })
          .filter(Boolean)
          .join(', ') +
        '.',
    );
  }
  for (const r of results) {
    out.push('');
    out.push(
      `### ${r.scale} (${r.date}; ${r.load ? (r.load.nodes + r.load.relationships).toLocaleString('en') : '?'} nodes + relationships)`,
    );
    out.push('');
    out.push(
      `Command: \`${r.command}\`. Parameters: person \`${r.params.personKey}\`, body \`${r.params.bodyKey}\`, search "${r.params.searchText}", as of ${r.params.asOf}.`,
    );
    out.push('');
    out.push('| operation | variant | req/s | p50 ms | p95 ms | p99 ms | Neo4j round trips | peak RSS MB | errors |');
    out.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const o of r.ops) {
      for (const x of o.variants) {
        const name = `${LABEL[x.variant]}${x.variant === 'cypher' ? ` (${FLOOR_ONLY_IN_PROCESS})` : ''}`;
        if (!x.supported) {
          out.push(`| ${o.op} | ${name} | cannot express | | | | | | |`);
          continue;
        }
        const trips =
          x.variant === 'ngql' ? `${x.roundTrips ?? 1} (by design: one per root field)` : String(x.roundTrips ?? '–');
        out.push(
          `| ${o.op} | ${name}${x.note && x.variant === 'ngql' ? ` ¹` : ''} | ${fmt(x.rps)} | ${fmt(x.p50)} | ${fmt(x.p95)} | ${fmt(x.p99)} | ${trips} | ${x.peakRssMb ?? '–'} | ${x.errors} |`,
        );
      }
    }
    const notes = r.ops.map((o) => ({ op: o.op, note: v(o, 'ngql')?.note })).filter((n) => n.note);
    if (notes.length) {
      out.push('');
      out.push(`¹ ${notes.map((n) => `${n.op}: ${n.note}`).join('; ')}.`);
    }
  }
  return out.join('\n') + '\n';
}

/** A hand-made SVG: one panel per operation, p50 (log scale) against scale, one line per variant. */
export function chart(results: ScaleResult[]): string {
  const opsList = results[0]?.ops.map((o) => ({ op: o.op, title: o.title })) ?? [];
  const W = 330,
    H = 230,
    M = { l: 52, r: 18, t: 34, b: 34 },
    cols = 3;
  const rows = Math.ceil(opsList.length / cols);
  const present = VARIANTS.filter((vr) => results.some((r) => r.ops.some((o) => v(o, vr))));
  const legendRows = Math.ceil(present.length / cols);
  const width = cols * W,
    height = rows * H + 14 + legendRows * 18;
  const scales = results.map((r) => r.scale);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
  );
  parts.push(`<rect width="100%" height="100%" fill="white"/>`);
  present.forEach((vr, i) => {
    const x = 10 + (i % cols) * W;
    const ly = rows * H + 14 + Math.floor(i / cols) * 18;
    parts.push(
      `<line x1="${x}" y1="${ly - 4}" x2="${x + 24}" y2="${ly - 4}" stroke="${COLOUR[vr]}" stroke-width="2.5"/><text x="${x + 30}" y="${ly}">${LABEL[vr]}${vr === 'cypher' ? ' (in-process)' : ''}</text>`,
    );
  });
  opsList.forEach(({ op, title }, i) => {
    const ox = (i % cols) * W,
      oy = Math.floor(i / cols) * H;
    const pw = W - M.l - M.r,
      ph = H - M.t - M.b;
    const values = results.flatMap(
      (r) =>
        r.ops
          .find((o) => o.op === op)
          ?.variants.filter((x) => x.supported && x.requests > 0)
          .map((x) => x.p50) ?? [],
    );
    const lo = Math.pow(10, Math.floor(Math.log10(Math.max(0.1, Math.min(...values)))));
    const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...values, lo * 10))));
    const y = (ms: number) =>
      oy + M.t + ph - ((Math.log10(ms) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * ph;
    const x = (k: number) => ox + M.l + (scales.length === 1 ? pw / 2 : (k / (scales.length - 1)) * pw);
    const short = title.length > 52 ? `${title.slice(0, 50)}…` : title;
    parts.push(
      `<text x="${ox + 8}" y="${oy + 16}" font-weight="bold">${op}</text><text x="${ox + 8}" y="${oy + 28}" font-size="9" fill="#555">${esc(short)}</text>`,
    );
    parts.push(`<rect x="${ox + M.l}" y="${oy + M.t}" width="${pw}" height="${ph}" fill="none" stroke="#ccc"/>`);
    for (let t = lo; t <= hi * 1.001; t *= 10) {
      parts.push(
        `<line x1="${ox + M.l}" x2="${ox + M.l + pw}" y1="${y(t)}" y2="${y(t)}" stroke="#eee"/><text x="${ox + M.l - 4}" y="${y(t) + 3}" text-anchor="end">${t >= 1 ? t : t.toFixed(1)} ms</text>`,
      );
    }
    scales.forEach((s, k) =>
      parts.push(`<text x="${x(k)}" y="${oy + M.t + ph + 14}" text-anchor="middle">${s}</text>`),
    );
    for (const vr of VARIANTS) {
      const pts = results
        .map((r, k) => ({ k, x: r.ops.find((o) => o.op === op)?.variants.find((q) => q.variant === vr) }))
        .filter((p) => p.x && p.x.supported && p.x.requests > 0)
        .map((p) => `${x(p.k).toFixed(1)},${y(p.x!.p50).toFixed(1)}`);
      if (!pts.length) continue;
      parts.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${COLOUR[vr]}" stroke-width="2"/>`);
      for (const pt of pts) {
        const [cx, cy] = pt.split(',');
        parts.push(`<circle cx="${cx}" cy="${cy}" r="2.5" fill="${COLOUR[vr]}"/>`);
      }
    }
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const BEGIN = '<!-- bench:begin (generated by npm run bench; edit outside these markers) -->';
const END = '<!-- bench:end -->';

export function writeReport(root: string): void {
  const results = latestResults(root);
  fs.writeFileSync(path.join(root, 'bench', 'latency-vs-scale.svg'), chart(results));
  const file = path.join(root, 'BENCHMARKS.md');
  const generated = `${BEGIN}\n${summary(results)}${END}`;
  let text = fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8')
    : `# Benchmarks\n\nHow to run: \`npm run bench\` (see bench/run.ts); chart: [bench/latency-vs-scale.svg](bench/latency-vs-scale.svg).\n\n${BEGIN}\n${END}\n`;
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  text = a >= 0 && b > a ? text.slice(0, a) + generated + text.slice(b + END.length) : `${text}\n${generated}\n`;
  fs.writeFileSync(file, text);
}
