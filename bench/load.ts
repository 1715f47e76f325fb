// npm run load -- [--duration 300] [--concurrency 32] [--warmup 20]
// Starts the API as a child process on a loopback port (against the configured database, seeded
// as npm start does), drives it with a realistic mix of operations at a fixed concurrency for a
// fixed time, and reports throughput, latency percentiles, errors and the server's memory at the
// start, after warm-up and at the end. Bounded in time; loopback only.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { projectRoot } from '../src/config.js';
import { exampleOperation } from '../src/exampleOperations.js';

const WHO_REQUESTED_SUPPORT = exampleOperation('WhoRequestedSupport');
const WHICH_NOTICE_DEMANDS_WHAT = exampleOperation('WhichNoticeDemandsWhat');

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    concurrency: { type: 'string', default: '32' },
    warmup: { type: 'string', default: '20' },
    port: { type: 'string', default: '4300' },
    out: { type: 'string' },
  },
});
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

const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: projectRoot,
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
try {
  await waitForReady(`${base}/readyz`, child);
  const atStart = rssMb(child.pid!);
  console.log(
    `load: API ready (pid ${child.pid}, RSS ${atStart.toFixed(0)} MB); ${mix.length} operations in the mix, concurrency ${concurrency}`,
  );
  if (warmup > 0) {
    console.log(`load: warming up for ${warmup} s...`);
    await run(`${base}/graphql`, warmup);
  }
  const afterWarmup = rssMb(child.pid!);
  console.log(`load: measuring for ${duration} s...`);
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssMb(child.pid!)), 5000);
  const { result, graphqlErrors, perOperation, times } = await run(`${base}/graphql`, duration);
  times.sort((a, b) => a - b);
  const pct = (p: number) =>
    Math.round(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]! * 10) / 10;
  clearInterval(sampler);
  const atEnd = rssMb(child.pid!);
  const report = {
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
    serverRssMb: {
      atStart: Math.round(atStart),
      afterWarmup: Math.round(afterWarmup),
      atEnd: Math.round(atEnd),
      max: Math.round(Math.max(...samples, atEnd)),
      endVersusWarmupPercent: Math.round(((atEnd - afterWarmup) / afterWarmup) * 1000) / 10,
    },
  };
  console.log(JSON.stringify(report, null, 2));
  if (values.out) fs.writeFileSync(values.out, JSON.stringify(report, null, 2) + '\n');
  process.exitCode = report.errors === 0 ? 0 : 1;
} finally {
  child.kill('SIGTERM');
}
