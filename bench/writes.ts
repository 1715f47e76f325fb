// npm run bench:writes -- [--seconds 5] [--rounds 3] [--warmup 2] [--concurrency 4] [--keep]
// A typical assertFacts (ten findings, each citing a passage of a stored source, nine links with
// passages of their own) against the Neo4j GraphQL Library's generated create mutation and a raw
// Cypher write of the same records (bench/writeVariants.ts), on a fresh bench Neo4j
// (bench/instance.ts; BENCH_BOLT_PORT, BENCH_HTTP_PORT). The API and the library serve over HTTP in
// their own processes (bench/child.ts); the raw write runs in this process through the driver.
// Variants are interleaved round-robin over several rounds after a warm-up, at a fixed
// concurrency; every batch writes fresh keys and fresh passages. At the end the graph is counted
// per variant and must hold exactly what the successful batches wrote. Prints the table for
// BENCHMARKS.md and writes bench/results/<date>-writes.json.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createKey } from '../src/auth/index.js';
import { applySchema } from '../src/db/schema.js';
import { benchDriver, DATABASE, startFresh, stopBench } from './instance.js';
import { percentile, postJson, runLoop } from './loop.js';
import {
  apiRequest,
  BATCH_SIZE,
  countsUnder,
  makeBatch,
  ngqlRequest,
  SentencePool,
  sourceText,
  WRITE_VARIANTS,
  writeRaw,
  type PoolSource,
  type WriteVariant,
} from './writeVariants.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '4' },
    keep: { type: 'boolean', default: false },
  },
  strict: false,
});
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const warmup = Number(values.warmup);
const concurrency = Number(values.concurrency);
const SENTENCES_PER_SOURCE = 200;

function startChild(
  variant: 'api' | 'ngql',
  uri: string,
  password: string,
): Promise<{ proc: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const proc = fork(path.join(root, 'bench', 'child.ts'), [variant], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, BENCH_NEO4J_URI: uri, BENCH_NEO4J_PASSWORD: password, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    proc.on('message', (m: { ready?: boolean; port?: number }) => {
      if (m.ready) resolve({ proc, port: m.port! });
    });
    proc.once('exit', (code) => reject(new Error(`${variant} exited (${code}) before it was ready`)));
  });
}

export interface WriteResult {
  variant: WriteVariant;
  batches: number;
  errors: number;
  firstError?: string;
  p50: number;
  p95: number;
  p99: number;
  batchesPerSecond: number;
  recordsPerSecond: number;
}

const inst = await startFresh();
const driver = benchDriver(inst);
const children: ChildProcess[] = [];
try {
  await applySchema(driver, DATABASE);
  const [api, ngql] = await Promise.all([
    startChild('api', inst.boltUri, inst.password),
    startChild('ngql', inst.boltUri, inst.password),
  ]);
  children.push(api.proc, ngql.proc);
  const auth = { authorization: `Bearer ${await createKey(driver, DATABASE, 'write-bench', 'editor')}` };

  // Enough fresh sentences for every variant at 150 batches a second (several times what this machine does).
  const tag = `wb${Date.now().toString(36)}`;
  const sourceCount = Math.ceil(
    ((warmup + rounds * seconds) * 150 * WRITE_VARIANTS.length * BATCH_SIZE) / SENTENCES_PER_SOURCE,
  );
  const sources: PoolSource[] = [];
  for (let s = 0; s < sourceCount; s += 8) {
    const keys = await Promise.all(
      Array.from({ length: Math.min(8, sourceCount - s) }, async (_, k) => {
        const r = await postJson(
          api.port,
          JSON.stringify({
            query: `mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } } }`,
            variables: {
              i: {
                content: sourceText(`${tag}s${s + k}`, SENTENCES_PER_SOURCE),
                title: `Write benchmark source ${tag} ${s + k}`,
                published: { value: '2026-01-01', precision: 'DAY' },
              },
            },
          }),
          auth,
        );
        const body = JSON.parse(r.text) as { data?: { addSource: { source: { key: string } } }; errors?: unknown };
        if (!body.data) throw new Error(`addSource: ${r.text.slice(0, 300)}`);
        return { key: body.data.addSource.source.key, tag: `${tag}s${s + k}` };
      }),
    );
    sources.push(...keys);
  }
  console.log(`writes: ${sources.length} sources of ${SENTENCES_PER_SOURCE} sentences stored`);
  const pool = new SentencePool(sources, SENTENCES_PER_SOURCE);

  const written = new Map<WriteVariant, number>(WRITE_VARIANTS.map((v) => [v, 0]));
  let batchNo = 0;
  /** One batch of fresh records by `variant`; undefined when it succeeded, else why not. */
  async function once(variant: WriteVariant): Promise<string | undefined> {
    const batch = makeBatch(`${tag}-${variant}-${batchNo++}`, pool);
    if (variant === 'cypher') await writeRaw(driver, DATABASE, batch);
    else {
      const req = variant === 'api' ? apiRequest(batch) : ngqlRequest(batch);
      const r = await postJson(
        variant === 'api' ? api.port : ngql.port,
        JSON.stringify(req),
        variant === 'api' ? auth : {},
      );
      if (r.status !== 200 || r.text.includes('"errors"')) return `${r.status} ${r.text.slice(0, 300)}`;
    }
    written.set(variant, written.get(variant)! + 1);
    return undefined;
  }

  for (const v of WRITE_VARIANTS) await runLoop(() => once(v), warmup, concurrency);
  const acc = new Map(
    WRITE_VARIANTS.map((v) => [
      v,
      { latencies: [] as number[], errors: 0, seconds: 0, firstError: undefined as string | undefined },
    ]),
  );
  for (let r = 0; r < rounds; r++)
    for (let k = 0; k < WRITE_VARIANTS.length; k++) {
      const v = WRITE_VARIANTS[(k + r) % WRITE_VARIANTS.length]!;
      const m = await runLoop(() => once(v), seconds, concurrency);
      const a = acc.get(v)!;
      a.latencies.push(...m.latencies);
      a.errors += m.errors;
      a.seconds += m.seconds;
      a.firstError ??= m.firstError;
    }

  const results: WriteResult[] = WRITE_VARIANTS.map((v) => {
    const a = acc.get(v)!;
    const sorted = a.latencies.sort((x, y) => x - y);
    return {
      variant: v,
      batches: sorted.length,
      errors: a.errors,
      firstError: a.firstError,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      batchesPerSecond: sorted.length / a.seconds,
      recordsPerSecond: (sorted.length * BATCH_SIZE) / a.seconds,
    };
  });

  // What each variant was told succeeded (warm-up included) against what the graph holds.
  const checks = [];
  for (const v of WRITE_VARIANTS) {
    const n = written.get(v)!;
    const got = await countsUnder(driver, DATABASE, `${tag}-${v}-`);
    const want = { findings: 10 * n, evidence: 19 * n, evidencedBy: 10 * n, fromSource: 19 * n, concerns: 9 * n };
    checks.push({ variant: v, batches: n, want, got, ok: JSON.stringify(want) === JSON.stringify(got) });
  }
  const revisions = await driver.executeQuery(
    `MATCH (r:Revision {mutation: 'ASSERT_FACTS'}) RETURN count(r) AS n`,
    {},
    { database: DATABASE },
  );
  const revisionCount = Number(revisions.records[0]!.get('n'));

  const label = {
    api: 'this API (assertFacts)',
    ngql: 'Neo4j GraphQL Library (create)',
    cypher: 'raw Cypher (one statement)',
  };
  console.log(
    `\nWrites: ${BATCH_SIZE} findings + 19 passages + 9 links per batch; concurrency ${concurrency}, ${rounds} rounds of ${seconds} s per variant after ${warmup} s warm-up\n`,
  );
  console.log(
    '| variant | batches | p50 ms | p95 ms | p99 ms | batches/s | records/s | errors |\n| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const r of results)
    console.log(
      `| ${label[r.variant]} | ${r.batches} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.batchesPerSecond.toFixed(1)} | ${r.recordsPerSecond.toFixed(0)} | ${r.errors} |`,
    );
  const by = (v: WriteVariant) => results.find((r) => r.variant === v)!;
  const ratios = {
    p50ApiOverRaw: by('api').p50 / by('cypher').p50,
    throughputRawOverApi: by('cypher').batchesPerSecond / by('api').batchesPerSecond,
    p50ApiOverLibrary: by('api').p50 / by('ngql').p50,
    throughputApiOverLibrary: by('api').batchesPerSecond / by('ngql').batchesPerSecond,
  };
  console.log(
    `\nours/raw: p50 ${ratios.p50ApiOverRaw.toFixed(2)}x, throughput ${(1 / ratios.throughputRawOverApi).toFixed(2)}x of raw (goal: p50 within 2x)`,
  );
  console.log(
    `ours/library: p50 ${ratios.p50ApiOverLibrary.toFixed(2)}x, throughput ${ratios.throughputApiOverLibrary.toFixed(2)}x`,
  );
  for (const c of checks)
    console.log(
      `check ${c.variant}: ${c.batches} batches told ok; graph ${JSON.stringify(c.got)} ${c.ok ? 'matches' : `MISMATCH, expected ${JSON.stringify(c.want)}`}`,
    );
  console.log(
    `check api revisions: ${revisionCount} ASSERT_FACTS revisions for ${written.get('api')} batches ${revisionCount === written.get('api') ? 'matches' : 'MISMATCH'}`,
  );
  for (const r of results) if (r.firstError) console.log(`first error of ${r.variant}: ${r.firstError}`);

  const out = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model ?? '?',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      load: os.loadavg(),
    },
    settings: { seconds, rounds, warmup, concurrency, sentencesPerSource: SENTENCES_PER_SOURCE },
    results,
    ratios,
    checks,
    revisions: revisionCount,
  };
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  const file = path.join(root, 'bench', 'results', `${out.date.slice(0, 10)}-writes.json`);
  fs.writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
  console.log(`writes: results in ${path.relative(root, file)}`);
  if (!checks.every((c) => c.ok) || revisionCount !== written.get('api') || results.some((r) => r.errors))
    process.exitCode = 1;
} catch (err) {
  console.error(`bench:writes: ${(err as Error).stack ?? err}`);
  process.exitCode = 1;
} finally {
  for (const c of children) c.send({ cmd: 'exit' });
  await new Promise((r) => setTimeout(r, 500));
  for (const c of children) if (c.exitCode === null) c.kill();
  await driver.close();
  await stopBench(values.keep === true);
}
