// Production mode: no introspection, no field suggestions, no internals in errors, and one
// structured JSON log line per request that never carries a secret or a variable.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { startServer, type RunningServer } from '../src/server.js';
import { testDriver } from './helpers.js';

const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});
const driver = testDriver();
let server: RunningServer;

beforeAll(async () => {
  const config = loadConfig({ NODE_ENV: 'production' });
  expect(config.introspection).toBe(false);
  server = await startServer(
    {
      driver,
      database: inject('neo4jDatabase'),
      txTimeoutMs: 5000,
      maxPageSize: config.maxPageSize,
      limits: config.limits,
      logger: createLogger('info', sink),
      production: config.production,
      introspection: config.introspection,
    },
    '127.0.0.1',
    0,
  );
});

afterAll(async () => {
  await server.stop();
  await driver.close();
});

async function post(query: string, variables?: object, operationName?: string) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

describe('production mode', () => {
  it('refuses introspection', async () => {
    const r = await post('{ __schema { types { name } } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('gives no field suggestions that would reveal the schema', async () => {
    const r = await post('{ sourcez { totalCount } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(r)).not.toMatch(/Did you mean|sources/);
  });

  it('still answers queries', async () => {
    const r = await post('query Count { sources { totalCount } }', undefined, 'Count');
    expect(r.data.sources.totalCount).toBe(3);
  });

  it('logs one JSON line per request, with what operators need and no variables or secrets', async () => {
    lines.length = 0;
    await post(
      'query Secretive($t: String!) { search(text: $t) { type } }',
      { t: 'hunter2-secret-search' },
      'Secretive',
    );
    await new Promise((r) => setTimeout(r, 50));
    const line = lines.find((l) => l.operationName === 'Secretive');
    expect(line).toMatchObject({ level: 30, msg: 'graphql request', service: 'obligations-graph', neo4jRoundTrips: 1 });
    expect(typeof line!.requestId).toBe('string');
    expect(typeof line!.durationMs).toBe('number');
    const all = JSON.stringify(lines);
    expect(all).not.toContain('hunter2-secret-search');
    expect(all).not.toContain(inject('neo4jPassword'));
  });

  it('logs error codes of failed requests', async () => {
    lines.length = 0;
    await post('query Bad { actors(first: 5000) { totalCount } }', undefined, 'Bad');
    await new Promise((r) => setTimeout(r, 50));
    expect(lines.find((l) => l.operationName === 'Bad')?.errorCodes).toEqual(['BAD_USER_INPUT']);
  });
});
