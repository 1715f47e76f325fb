// npm run bench:curation — latency of a typical assertFacts: ten records, each with a quote the
// server locates in its source and a link to the one before it, against the configured database
// (NEO4J_URI, or the local server). It starts the API in-process, creates a throwaway editor key
// and a source, then times RUNS sequential batches after a warm-up, ROUNDS times (several runs).
// It writes to that database: point it at a scratch one.
import { createKey } from '../src/auth/index.js';
import { loadConfigOrExit } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { applySchema } from '../src/db/schema.js';
import { createLogger } from '../src/log.js';
import { startServer } from '../src/server.js';
import { resolveConnection } from '../neo4j/connect.js';

const RUNS = Number(process.env.RUNS ?? 50);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const config = loadConfigOrExit();
const conn = await resolveConnection(config);
const driver = createDriver(conn, config.neo4j);
await applySchema(driver, conn.database);
const server = await startServer(
  {
    driver,
    database: conn.database,
    txTimeoutMs: config.neo4j.txTimeoutMs,
    maxPageSize: config.maxPageSize,
    limits: config.limits,
    logger: createLogger('silent'),
  },
  '127.0.0.1',
  0,
);
const stamp = Date.now().toString(36);
const token = await createKey(driver, conn.database, `bench-${stamp}`, 'editor');

async function call(query: string, variables: Record<string, unknown>) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: { addSource?: { source: { key: string } } }; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

// A text of numbered sentences, so that every record has a quote of its own.
const sentences = Array.from({ length: 2000 }, (_, i) => `Item ${stamp}-${i} was reported on time.`);
const added = await call(`mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } } }`, {
  i: {
    content: sentences.join(' '),
    title: `Benchmark source ${stamp}`,
    published: { value: '2026-01-01', precision: 'DAY' },
  },
});
const source = added!.addSource!.source.key;
const ASSERT = `mutation($i: AssertFactsInput!) { assertFacts(input: $i) { revision { id } } }`;

let batch = 0;
async function once(): Promise<number> {
  const base = batch++ * 10;
  const records = Array.from({ length: 10 }, (_, j) => {
    const n = base + j;
    return {
      id: `bench-${stamp}-${n}`,
      type: 'Finding',
      kind: 'RISK',
      name: `Benchmark finding ${n}`,
      evidence: [{ source, quote: `Item ${stamp}-${n} was reported` }],
      links:
        j > 0
          ? [{ rel: 'CONCERNS', to: `bench-${stamp}-${n - 1}`, evidence: [{ source, quote: `Item ${stamp}-${n} ` }] }]
          : [],
    };
  });
  const t0 = performance.now();
  await call(ASSERT, { i: { records, reason: 'benchmark' } });
  return performance.now() - t0;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
for (let i = 0; i < 10; i++) await once();
for (let round = 1; round <= ROUNDS; round++) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await once());
  times.sort((a, b) => a - b);
  console.log(
    `assertFacts, 10 records with evidence and links: round ${round}, ${RUNS} runs, p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms`,
  );
}
await server.stop();
await driver.close();
