// npm run bench -- [--scales 1x,10k,100k,1m] [--seconds 4] [--rounds 2] [--concurrency 8] [--keep] [--reuse]
//                  [--ops person,search] [--variants api,cypher] [--before DIR] [--all]
// For each scale: a fresh bench Neo4j (bolt 27787) with that scale's data (bench/data.ts), then six
// operations measured on seven variants in their own processes (bench/child.ts): this API, the
// Neo4j GraphQL Library, the raw-Cypher floor in-process and over HTTP, this API without lookahead,
// without lookahead and batching, and with its response cache. Variants are
// interleaved round-robin per operation over several rounds after a warm-up, at a fixed
// concurrency, on loopback only. Results: bench/results/<date>-<scale>.json, the summary in
// BENCHMARKS.md and bench/latency-vs-scale.svg. The bench Neo4j is stopped and its data removed
// at the end unless --keep. Not part of npm test.
// --no-settle: start each slice at once, without waiting for Neo4j to go idle (bench/settle.ts).
// --slices: print every measured slice (time, round, variant, p50) as it ends; the results keep
// them either way, to see drift within a run.
// --all: then writes, ingestion and the mixed load with writes (bench/all.ts, its own options).
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchTheRest } from './all.js';
import { parseScales, prepareScale, type LoadReport, type Scale } from './data.js';
import { runningPid } from '../neo4j/launcher.js';
import { DATABASE, running, stopBench } from './instance.js';
import { percentile, postJson, runLoop, type LoopResult } from './loop.js';
import { ops, type OpParams } from './ops.js';
import { settle } from './settle.js';
import {
  writeReport,
  type NoDatabaseResult,
  type OpResult,
  type SliceResult,
  type ScaleResult,
  type Variant,
  type VariantResult,
  VARIANTS,
} from './report.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const scales = parseScales(opt('scales', opt('scale', '1x,10k,100k')));
const seconds = Number(opt('seconds', '4'));
const rounds = Number(opt('rounds', '2'));
// 10 s: at 10m the API's first 3 s slice after a short warm-up measured up to 1.6x its later ones
// while the floors' did not (BENCHMARKS.md, sixteenth run); a process needs that long to be warm.
const warmup = Number(opt('warmup', '10'));
const concurrency = Number(opt('concurrency', '8'));
const only = opt('ops', '').split(',').filter(Boolean);
const variantsArg = opt('variants', '').split(',').filter(Boolean);
const keep = args.includes('--keep');
const reuse = args.includes('--reuse');
const settling = !args.includes('--no-settle');
const showSlices = args.includes('--slices');
// --before DIR: another checkout of this repository (e.g. `git worktree add DIR <commit>`), whose
// own bench/child.ts serves its API as the variant api-before, measured side by side with this one.
const beforeRoot = opt('before', '');

/**
 * The variants' order in round `r`: forward, then backward, then forward from the next variant,
 * and so on, so that over each pair of rounds every variant's mean position is the same: what
 * drifts while an operation is measured (warming, background work) then favours none; a plain
 * rotation over two rounds measured one variant latest every time. Run against itself (--before
 * this checkout) on search, the API measured 0.75x and 0.86x of its own copy with the rotation,
 * 0.82x with this order over two rounds and 0.99x over four: at two rounds one operation's
 * comparison moves by up to a fifth (BENCHMARKS.md, eleventh run).
 */
function roundOrder<T>(items: T[], r: number): T[] {
  const shift = Math.floor(r / 2) % items.length;
  const rotated = [...items.slice(shift), ...items.slice(0, shift)];
  return r % 2 ? rotated.reverse() : rotated;
}

interface Child {
  variant: Variant;
  proc: ChildProcess;
  port: number;
  call<T>(msg: Record<string, unknown>): Promise<T>;
}

function startChild(variant: Variant, uri: string, password: string): Promise<Child> {
  return new Promise((resolve, reject) => {
    const before = variant === 'api-before';
    const proc = fork(
      path.join(before ? path.resolve(beforeRoot) : root, 'bench', 'child.ts'),
      [before ? 'api' : variant],
      {
        execArgv: ['--import', 'tsx'],
        env: { ...process.env, BENCH_NEO4J_URI: uri, BENCH_NEO4J_PASSWORD: password, NODE_ENV: 'production' },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    );
    let seq = 0;
    const pending = new Map<number, (v: unknown) => void>();
    proc.on('message', (m: { ready?: boolean; port?: number; id?: number }) => {
      if (m.ready) {
        resolve({
          variant,
          proc,
          port: m.port!,
          call: <T>(msg: Record<string, unknown>) =>
            new Promise<T>((res) => {
              const id = ++seq;
              pending.set(id, res as (v: unknown) => void);
              proc.send({ ...msg, id });
            }),
        });
      } else if (m.id !== undefined) {
        pending.get(m.id)?.(m);
        pending.delete(m.id);
      }
    });
    proc.once('exit', (code) => reject(new Error(`${variant} exited (${code}) before it was ready`)));
  });
}

interface Measured {
  latencies: number[];
  requests: number;
  errors: number;
  seconds: number;
  firstError?: string;
}

async function measure(
  child: Child,
  op: (typeof ops)[number],
  p: OpParams,
  secs: number,
): Promise<LoopResult | undefined> {
  if (child.variant === 'cypher') {
    const c = op.cypher(p);
    return (
      await child.call<{ result: LoopResult }>({
        cmd: 'run',
        cypher: c.cypher,
        params: c.params,
        seconds: secs,
        concurrency,
      })
    ).result;
  }
  const call = child.variant === 'ngql' ? op.ngql?.(p) : child.variant === 'cypher-http' ? op.cypher(p) : op.api(p);
  if (!call) return undefined;
  const body = JSON.stringify(call);
  return runLoop(
    async () => {
      const r = await postJson(child.port, body);
      if (r.status !== 200 || r.text.includes('"errors"')) return `${r.status} ${r.text.slice(0, 300)}`;
      return undefined;
    },
    secs,
    concurrency,
  );
}

/** One request per variant: checks the answer and reads round trips and item counts. */
async function probe(
  child: Child,
  op: (typeof ops)[number],
  p: OpParams,
): Promise<{ roundTrips?: number; sample: string; error?: string }> {
  if (child.variant === 'cypher') {
    const c = op.cypher(p);
    const r = await child.call<{ sample: unknown[]; error?: string }>({
      cmd: 'run',
      cypher: c.cypher,
      params: c.params,
      seconds: 0,
    });
    return { roundTrips: 1, sample: JSON.stringify(r.sample).slice(0, 160), error: r.error };
  }
  const call = child.variant === 'ngql' ? op.ngql?.(p) : child.variant === 'cypher-http' ? op.cypher(p) : op.api(p);
  if (!call) return { sample: '' };
  // With the response cache, the loop measures hits: report the round trips of a repeat request.
  if (child.variant === 'api-cached') await postJson(child.port, JSON.stringify(call));
  const r = await postJson(child.port, JSON.stringify(call));
  const body = JSON.parse(r.text) as { data?: unknown; errors?: unknown; extensions?: { neo4jRoundTrips?: number } };
  return {
    roundTrips:
      child.variant === 'ngql'
        ? op.ngqlRoundTrips
        : child.variant === 'cypher-http'
          ? 1
          : body.extensions?.neo4jRoundTrips,
    sample: JSON.stringify(body.data).slice(0, 160),
    error: body.errors ? JSON.stringify(body.errors).slice(0, 400) : undefined,
  };
}

/**
 * A request with no database work, `{ __typename }`, on this API and on the library's server
 * (Apollo's standalone server), interleaved as the operations are: what the HTTP and GraphQL
 * layers alone cost. Not part of the geometric means, which are over the six operations.
 */
async function measureNoDatabase(children: Child[], neo4jPid: number | undefined): Promise<NoDatabaseResult[]> {
  const servers = children.filter((c) => ['api', 'api-before', 'ngql'].includes(c.variant));
  const body = JSON.stringify({ query: '{ __typename }' });
  const once = (c: Child) => async () => {
    const r = await postJson(c.port, body);
    return r.status === 200 && r.text.includes('"Query"') ? undefined : `${r.status} ${r.text.slice(0, 300)}`;
  };
  const acc = new Map(servers.map((c) => [c.variant, { latencies: [] as number[], errors: 0, seconds: 0 }]));
  for (const c of servers) await runLoop(once(c), warmup, concurrency);
  for (let r = 0; r < rounds; r++) {
    for (const c of roundOrder(servers, r)) {
      await settle(neo4jPid);
      const m = await runLoop(once(c), seconds, concurrency);
      const a = acc.get(c.variant)!;
      a.latencies.push(...m.latencies);
      a.errors += m.errors;
      a.seconds += m.seconds;
    }
  }
  return servers.map((c) => {
    const a = acc.get(c.variant)!;
    const sorted = a.latencies.sort((x, y) => x - y);
    const result = {
      variant: c.variant,
      requests: sorted.length,
      errors: a.errors,
      rps: a.seconds ? sorted.length / a.seconds : 0,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
    };
    console.log(
      `  { __typename } ${c.variant.padEnd(6)} ${result.rps.toFixed(0).padStart(7)} req/s  p50 ${result.p50.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms${result.errors ? `  errors ${result.errors}` : ''}`,
    );
    return result;
  });
}

async function paramsFor(scale: Scale, uri: string, password: string): Promise<OpParams> {
  const { default: neo4j } = await import('neo4j-driver');
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    const bodyKey = scale === '1x' ? 'powys-county-council' : 'x-council-0001';
    const res = await driver.executeQuery(
      `MATCH (b:Entity {id: $body})
       OPTIONAL MATCH (p:Person)-[:HAS_TENURE]->(:Tenure)-[:IN_POST]->(:Post)-[:POST_IN]->(b)
       WITH b, p, count(*) AS c ORDER BY c DESC, p.id LIMIT 1
       RETURN b.name AS name, p.id AS person`,
      { body: bodyKey },
      { database: DATABASE },
    );
    const row = res.records[0]!;
    const name = row.get('name') as string;
    return { bodyKey, personKey: row.get('person') as string, searchText: name.split(' ')[0]!, asOf: '2018-03-01' };
  } finally {
    await driver.close();
  }
}

function versions(): Record<string, string> {
  const v = (pkg: string) =>
    (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string })
      .version;
  return {
    neo4j: '5.26.30 Community',
    '@neo4j/graphql': v('@neo4j/graphql'),
    '@apollo/server': v('@apollo/server'),
    'neo4j-driver': v('neo4j-driver'),
    graphql: v('graphql'),
    node: process.version,
  };
}

async function benchScale(scale: Scale): Promise<ScaleResult> {
  let load: LoadReport | null = null;
  let inst = reuse ? await running() : undefined;
  if (inst) console.log(`${scale}: reusing the running bench instance (--reuse); data as loaded`);
  else {
    const prepared = await prepareScale(scale);
    await prepared.driver.close();
    inst = prepared.inst;
    load = prepared.report;
  }
  const p = await paramsFor(scale, inst.boltUri, inst.password);
  console.log(`${scale}: person ${p.personKey}, body ${p.bodyKey}, search "${p.searchText}", as of ${p.asOf}`);
  const neo4jPid = settling ? runningPid(inst) : undefined;
  const children: Child[] = [];
  try {
    for (const v of VARIANTS.filter(
      (x) => (!variantsArg.length || variantsArg.includes(x)) && (x !== 'api-before' || beforeRoot),
    ))
      children.push(await startChild(v, inst.boltUri, inst.password));
    const results: OpResult[] = [];
    for (const op of ops.filter((o) => !only.length || only.includes(o.name))) {
      const acc = new Map<Variant, Measured>(
        children.map((c) => c.variant).map((v) => [v, { latencies: [], requests: 0, errors: 0, seconds: 0 }]),
      );
      const probes = new Map<Variant, Awaited<ReturnType<typeof probe>>>();
      for (const c of children) {
        const pr = await probe(c, op, p);
        probes.set(c.variant, pr);
        if (pr.error) console.log(`  ${op.name} ${c.variant}: ERROR ${pr.error}`);
        await measure(c, op, p, warmup);
      }
      const waits: number[] = [];
      const slices: SliceResult[] = [];
      for (let r = 0; r < rounds; r++) {
        for (const c of roundOrder(children, r)) {
          waits.push(await settle(neo4jPid));
          const m = await measure(c, op, p, seconds);
          if (!m) continue;
          const slice = {
            round: r,
            variant: c.variant,
            p50: percentile(
              [...m.latencies].sort((x, y) => x - y),
              50,
            ),
            requests: m.latencies.length,
          };
          slices.push(slice);
          if (showSlices) {
            console.log(
              `    ${new Date().toISOString().slice(11, 23)} round ${r} ${c.variant.padEnd(12)} p50 ${slice.p50.toFixed(1)} ms  (${slice.requests} requests)`,
            );
          }
          const a = acc.get(c.variant)!;
          a.latencies.push(...m.latencies);
          a.requests += m.latencies.length;
          a.errors += m.errors;
          a.seconds += m.seconds;
          a.firstError ??= m.firstError;
        }
      }
      const variants: VariantResult[] = [];
      for (const c of children) {
        const a = acc.get(c.variant)!;
        const supported = c.variant !== 'ngql' || op.ngql !== undefined;
        const sorted = a.latencies.sort((x, y) => x - y);
        const mem = await c.call<{ peakRss: number }>({ cmd: 'rss' });
        const pr = probes.get(c.variant)!;
        variants.push({
          variant: c.variant,
          supported,
          note:
            c.variant === 'ngql'
              ? op.ngqlNote
              : c.variant === 'cypher'
                ? 'one query through neo4j-driver, timed in-process (no HTTP, no GraphQL)'
                : c.variant === 'cypher-http'
                  ? 'the same query behind node:http, records as JSON (no GraphQL)'
                  : undefined,
          requests: a.requests,
          errors: a.errors,
          firstError: a.firstError,
          rps: a.seconds ? a.requests / a.seconds : 0,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          roundTrips: pr.roundTrips,
          peakRssMb: Math.round(mem.peakRss / 1e6),
          sample: pr.sample,
        });
      }
      waits.sort((x, y) => x - y);
      const settledMs = neo4jPid ? { median: percentile(waits, 50), max: waits.at(-1) ?? 0 } : undefined;
      results.push({ op: op.name, title: op.title, variants, settledMs, slices });
      console.log(
        `${scale} ${op.name}:${settledMs ? ` (Neo4j idle before each slice after ${settledMs.median.toFixed(0)} ms at the median, ${settledMs.max.toFixed(0)} at most)` : ''}`,
      );
      for (const v of variants) {
        if (!v.supported) console.log(`  ${v.variant.padEnd(12)} not expressible`);
        else
          console.log(
            `  ${v.variant.padEnd(12)} ${v.rps.toFixed(1).padStart(8)} req/s  p50 ${v.p50.toFixed(1).padStart(7)} ms  p95 ${v.p95.toFixed(1).padStart(7)}  p99 ${v.p99.toFixed(1).padStart(7)}  trips ${String(v.roundTrips ?? '-').padStart(4)}  rss ${v.peakRssMb} MB${v.errors ? `  errors ${v.errors}: ${v.firstError?.slice(0, 200)}` : ''}`,
          );
      }
    }
    console.log(`${scale} no database work:`);
    const noDatabase = await measureNoDatabase(children, neo4jPid);
    return {
      date: new Date().toISOString().slice(0, 10),
      scale,
      command: `npm run bench -- ${args.join(' ')}`.trim(),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model ?? '?',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
      },
      versions: versions(),
      settings: { seconds, rounds, warmup, concurrency },
      load,
      params: p,
      ops: results,
      noDatabase,
    };
  } finally {
    for (const c of children) {
      c.proc.removeAllListeners('exit');
      c.proc.send({ cmd: 'exit' });
    }
    await new Promise((r) => setTimeout(r, 500));
    for (const c of children) if (c.proc.exitCode === null) c.proc.kill();
  }
}

try {
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  for (const scale of scales) {
    const result = await benchScale(scale);
    const file = path.join(root, 'bench', 'results', `${result.date}-${scale}.json`);
    fs.writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
    console.log(`${scale}: results in ${path.relative(root, file)}`);
    writeReport(root);
  }
} catch (err) {
  console.error(`bench: ${(err as Error).stack ?? err}`);
  process.exitCode = 1;
} finally {
  await stopBench(keep);
}

if (args.includes('--all') && !process.exitCode && (await benchTheRest(args)) > 0) process.exitCode = 1;
