// npm run load -- [--duration 300] [--concurrency 32] [--warmup 20] [--writes 0.1]
// Starts the API as a child process on a loopback port (against the configured database, seeded
// as npm start does), drives it with a realistic mix of operations at a fixed concurrency for a
// fixed time, and reports throughput, latency percentiles, errors and the server's memory at the
// start, after warm-up and at the end. Bounded in time; loopback only.
// With --writes F (0 < F <= 1), that share of requests are writes by an editor whose key is made
// for the run (bench/loadWrites.ts: assertFacts of ten fresh findings with evidence, a few
// retractFacts and addSource), against a fresh bench Neo4j (bench/instance.ts, BENCH_BOLT_PORT and
// BENCH_HTTP_PORT; never the configured database), and after the run the graph and the revision
// log are checked against what the writers were told succeeded.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createKey } from '../src/auth/index.js';
import { projectRoot } from '../src/config.js';
import { exampleOperation } from '../src/exampleOperations.js';
import { benchDriver, DATABASE, startFresh, stopBench } from './instance.js';
import { percentile } from './loop.js';
import { mixedRun, type MixedRun } from './loadMixed.js';
import { Writers } from './loadWrites.js';

const WHO_REQUESTED_SUPPORT = exampleOperation('WhoRequestedSupport');
const WHICH_NOTICE_DEMANDS_WHAT = exampleOperation('WhichNoticeDemandsWhat');

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    concurrency: { type: 'string', default: '32' },
    warmup: { type: 'string', default: '20' },
    port: { type: 'string', default: '4300' },
    writes: { type: 'string', default: '0' },
    out: { type: 'string' },
  },
});
const writes = Number(values.writes);
if (!(writes >= 0 && writes <= 1)) {
  console.error('load: --writes must be a share from 0 to 1 (0.1: one request in ten writes)');
  process.exit(2);
}
const duration = Number(values.duration);
const concurrency = Number(values.concurrency);
const warmup = Number(values.warmup);
const port = Number(values.port);
for (const [name, n, max] of [
  ['duration', duration, 3600],
  ['concurrency', concurrency, 256],
  ['warmup', warmup, 600],
] as const) {
  if (!Number.isInteger(n) || n < 0 || n > max) {
    console.error(`load: --${name} must be an integer from 0 to ${max}`);
    process.exit(2);
  }
}

const id = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString('base64url');
/** The mix: the two example questions, status as of a day, search, a path, a neighbourhood, lookups. */
const mix: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  { name: 'WhoRequestedSupport', query: WHO_REQUESTED_SUPPORT },
  { name: 'WhichNoticeDemandsWhat', query: WHICH_NOTICE_DEMANDS_WHAT },
  {
    name: 'OverdueOn',
    query: `query OverdueOn($asOf: LocalDate!) { obligations(filter: { asOf: $asOf, status: [OVERDUE] }) { totalCount edges { node { key action status(asOf: $asOf) bearer { node { name } } dueDate { text latest } } } } }`,
    variables: { asOf: '2018-03-01' },
  },
  {
    name: 'Search',
    query: `query Search($t: String!) { search(text: $t, first: 10) { type score node { key name } } }`,
    variables: { t: 'Powys council' },
  },
  {
    name: 'Path',
    query: `query Path($a: ID!, $b: ID!) { path(from: $a, to: $b) { length nodes { key } edges { type } } }`,
    variables: { a: id('Person', 'kirsty-williams'), b: id('Organisation', 'care-inspectorate-wales') },
  },
  {
    name: 'Neighbourhood',
    query: `query N($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 100) { nodes { key name } edges { type from to } truncated } }`,
    variables: { id: id('Person', 'alun-davies') },
  },
  {
    name: 'PersonPosts',
    query: `query P($id: ID!) { node(id: $id) { ... on Person { name posts { qualifier: node { qualifier } node { post { node { name organisation { node { name } } } } } evidence { quote } } } } }`,
    variables: { id: id('Person', 'rosemarie-harris') },
  },
  {
    name: 'Timeline',
    query: `query T { events(filter: { from: "2017-10-01", to: "2018-02-28" }, first: 50) { totalCount edges { node { key name date { text earliest } } } } }`,
  },
];

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

async function waitForReady(url: string, child: ReturnType<typeof spawn>): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('the API exited during start-up');
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the API did not become ready within 180 s');
}

interface Run {
  result: autocannon.Result;
  graphqlErrors: number;
  perOperation: Map<string, number>;
  /** Every response time in ms, for exact percentiles (autocannon's own skip p95). */
  times: number[];
}

function run(url: string, seconds: number): Promise<Run> {
  let graphqlErrors = 0;
  const perOperation = new Map<string, number>();
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: concurrency,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupClient: (client: {
          on(event: 'response', fn: (status: number, bytes: number, ms: number) => void): void;
        }) => client.on('response', (_status, _bytes, ms) => times.push(ms)),
        requests: mix.map((op) => ({
          method: 'POST' as const,
          body: JSON.stringify({ query: op.query, variables: op.variables, operationName: undefined }),
          onResponse: (status: number, body: string) => {
            perOperation.set(op.name, (perOperation.get(op.name) ?? 0) + 1);
            if (status !== 200 || body.includes('"errors"')) graphqlErrors++;
          },
        })),
      },
      (err: unknown, result: autocannon.Result) =>
        err ? reject(err) : resolve({ result, graphqlErrors, perOperation, times }),
    );
    process.once('SIGINT', () => instance.stop());
  });
}

// With writes: a fresh bench Neo4j of our own, never the configured database.
const bench = writes > 0 ? await startFresh() : undefined;
const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: projectRoot,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...(bench ? { NEO4J_URI: bench.boltUri, NEO4J_USERNAME: bench.username, NEO4J_PASSWORD: bench.password } : {}),
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
const driver = bench ? benchDriver(bench, 4) : undefined;
try {
  await waitForReady(`${base}/readyz`, child);
  const atStart = rssMb(child.pid!);
  console.log(
    `load: API ready (pid ${child.pid}, RSS ${atStart.toFixed(0)} MB); ${mix.length} operations in the mix${writes ? ` plus ${Math.round(writes * 100)} % writes` : ''}, concurrency ${concurrency}`,
  );
  let writers: Writers | undefined;
  let auth = '';
  if (driver) {
    const name = `load-${Date.now().toString(36)}`;
    auth = `Bearer ${await createKey(driver, DATABASE, name, 'editor')}`;
    writers = new Writers(name);
    // Sources for the first two thousand batches; the mix's addSource writes add more as it runs.
    const initial = writers.initialSources(2000);
    for (let i = 0; i < initial.length; i += 8)
      await mixedRun({
        port,
        seconds: 0,
        concurrency,
        reads: [],
        writes: 1,
        writers,
        auth,
        requests: initial.slice(i, i + 8),
      });
    console.log(`load: ${writers.told.addSource} sources stored for the writers (key ${name}, role editor)`);
  }
  if (warmup > 0) {
    console.log(`load: warming up for ${warmup} s...`);
    if (writers) await mixedRun({ port, seconds: warmup, concurrency, reads: mix, writes, writers, auth });
    else await run(`${base}/graphql`, warmup);
  }
  const afterWarmup = rssMb(child.pid!);
  console.log(`load: measuring for ${duration} s...`);
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssMb(child.pid!)), 5000);
  let measured: Omit<Report, 'serverRssMb'>;
  if (writers) {
    const m = await mixedRun({ port, seconds: duration, concurrency, reads: mix, writes, writers, auth });
    measured = mixedReport(m);
  } else {
    const { result, graphqlErrors, perOperation, times } = await run(`${base}/graphql`, duration);
    times.sort((a, b) => a - b);
    const pct = (p: number) =>
      Math.round(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]! * 10) / 10;
    measured = {
      date: new Date().toISOString(),
      machine: '2 cores, 24 GiB (java-maven kind)',
      durationSeconds: duration,
      concurrency,
      requests: result.requests.total,
      throughputPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: pct(50), p95: pct(95), p99: pct(99), max: result.latency.max, mean: result.latency.average },
      errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
      breakdown: { socketErrors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphqlErrors },
      perOperation: Object.fromEntries(perOperation),
    };
  }
  clearInterval(sampler);
  const atEnd = rssMb(child.pid!);
  const report: Report = {
    ...measured,
    serverRssMb: {
      atStart: Math.round(atStart),
      afterWarmup: Math.round(afterWarmup),
      atEnd: Math.round(atEnd),
      max: Math.round(Math.max(...samples, atEnd)),
      endVersusWarmupPercent: Math.round(((atEnd - afterWarmup) / afterWarmup) * 1000) / 10,
    },
  };
  console.log(JSON.stringify(report, null, 2));
  let verified = true;
  if (writers && driver) {
    // Writes answered with an error, sent again with their idempotency keys (one at a time, a
    // few tries each) until answered: the server replays a committed one, writes one that was not.
    const retried = writers.failed.splice(0);
    for (let attempt = 0; attempt < 5 && retried.length; attempt++) {
      const batch = retried.splice(0);
      for (const w of batch)
        await mixedRun({ port, seconds: 0, concurrency: 1, reads: [], writes: 1, writers, auth, requests: [w] });
      retried.push(...writers.failed.splice(0));
    }
    report.retriedAfterRun = { writes: report.byKind?.write?.errors ?? 0, stillFailing: retried.length };
    if (report.retriedAfterRun.writes)
      console.log(
        `load: ${report.retriedAfterRun.writes} writes answered with an error were sent again with their idempotency keys; ${retried.length} still fail`,
      );
    const v = await writers.verify(driver, DATABASE);
    verified = v.ok;
    report.verification = {
      ok: v.ok,
      told: { ...writers.told, revisions: writers.told.revisions.length },
      lines: v.lines,
    };
    console.log(`\nload: the graph and the revision log against what the writers were told (run ${writers.tag}):`);
    for (const l of v.lines) console.log(`  ${l}`);
    console.log(
      v.ok ? 'load: nothing lost, nothing doubled' : 'load: MISMATCH between the graph and what the writers were told',
    );
  }
  if (values.out) fs.writeFileSync(values.out, JSON.stringify(report, null, 2) + '\n');
  process.exitCode = report.errors === 0 && verified ? 0 : 1;
} finally {
  child.kill('SIGTERM');
  await driver?.close();
  if (bench) {
    await new Promise((r) => child.once('exit', r));
    await stopBench(false);
  }
}

interface Report {
  date: string;
  machine: string;
  durationSeconds: number;
  concurrency: number;
  requests: number;
  throughputPerSecond: number;
  latencyMs: Record<string, number>;
  errors: number;
  breakdown: Record<string, number>;
  perOperation: Record<string, number>;
  /** With writes: latency per kind (read, write, and each write mutation). */
  byKind?: Record<string, { requests: number; p50: number; p95: number; p99: number; errors: number }>;
  firstError?: string;
  retriedAfterRun?: { writes: number; stillFailing: number };
  serverRssMb: Record<string, number>;
  verification?: { ok: boolean; told: Record<string, number>; lines: string[] };
}

function mixedReport(m: MixedRun): Omit<Report, 'serverRssMb'> {
  const all = [...m.latencies.values()].flat().sort((a, b) => a - b);
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const r1 = (x: number) => Math.round(x * 10) / 10;
    return { requests: s.length, p50: r1(percentile(s, 50)), p95: r1(percentile(s, 95)), p99: r1(percentile(s, 99)) };
  };
  const byKind: NonNullable<Report['byKind']> = {};
  const reads = [...m.latencies].filter(([k]) => k === 'read').flatMap(([, v]) => v);
  const writesAll = [...m.latencies].filter(([k]) => k !== 'read').flatMap(([, v]) => v);
  byKind.read = { ...stats(reads), errors: m.errors.get('read') ?? 0 };
  byKind.write = {
    ...stats(writesAll),
    errors: [...m.errors].filter(([k]) => k !== 'read').reduce((a, [, n]) => a + n, 0),
  };
  for (const [k, v] of m.latencies) if (k !== 'read') byKind[k] = { ...stats(v), errors: m.errors.get(k) ?? 0 };
  const errors = [...m.errors.values()].reduce((a, b) => a + b, 0);
  return {
    date: new Date().toISOString(),
    machine: '2 cores, 24 GiB (java-maven kind)',
    durationSeconds: duration,
    concurrency,
    requests: all.length + errors,
    throughputPerSecond: Math.round((all.length + errors) / m.seconds),
    latencyMs: {
      p50: percentile(all, 50),
      p95: percentile(all, 95),
      p99: percentile(all, 99),
      max: all[all.length - 1] ?? NaN,
      mean: all.reduce((a, b) => a + b, 0) / Math.max(1, all.length),
    },
    errors,
    breakdown: Object.fromEntries(m.errors),
    perOperation: Object.fromEntries(m.perOperation),
    byKind,
    firstError: m.firstError,
  };
}
