// npm run latency — median and p95 latency of the design's two example operations against a
// running API (API_URL, default http://127.0.0.1:4000/graphql), sequentially, after a warm-up.
import { exampleOperation } from '../src/exampleOperations.js';

const WHO_REQUESTED_SUPPORT = exampleOperation('WhoRequestedSupport');
const WHICH_NOTICE_DEMANDS_WHAT = exampleOperation('WhichNoticeDemandsWhat');

const url = process.env.API_URL ?? 'http://127.0.0.1:4000/graphql';
const runs = Number(process.env.RUNS ?? 200);
if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(url)) {
  console.error('latency: API_URL must be on loopback');
  process.exit(2);
}

async function once(query: string, operationName: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, operationName }),
  });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`${operationName}: ${JSON.stringify(body.errors)}`);
  return performance.now() - t0;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
for (const [name, query] of [
  ['WhoRequestedSupport', WHO_REQUESTED_SUPPORT],
  ['WhichNoticeDemandsWhat', WHICH_NOTICE_DEMANDS_WHAT],
] as const) {
  for (let i = 0; i < 20; i++) await once(query, name);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once(query, name));
  times.sort((a, b) => a - b);
  console.log(`${name}: ${runs} runs, p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms`);
}
