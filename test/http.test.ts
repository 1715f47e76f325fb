// GraphQL over HTTP as clients and browsers see it: the graphql-http compliance audit, GET and
// POST, CSRF prevention, CORS, automatic persisted queries, health and the explorer page.
import { createHash } from 'node:crypto';
import { auditServer } from 'graphql-http';
import { describe, expect, it, inject } from 'vitest';

const api = () => inject('apiUrl');
const base = () => api().replace(/\/graphql$/, '');

describe('GraphQL over HTTP compliance (graphql-http audit)', () => {
  it('passes every MUST', async () => {
    const results = await auditServer({ url: api() });
    const count = (status: string) => results.filter((r) => r.status === status).length;
    console.log(
      `graphql-http audit: ${count('ok')} ok, ${count('warn')} warn, ${count('notice')} notice, ${count('error')} error`,
    );
    for (const r of results) if (r.status !== 'ok') console.log(`  ${r.status} ${r.id} ${r.name}`);
    expect(results.filter((r) => r.status === 'error').map((r) => r.name)).toEqual([]);
    expect(count('ok')).toBeGreaterThanOrEqual(50);
    // The SHOULDs not met are the three where Apollo Server answers 400 rather than 200 for a
    // document that fails to parse, validate or coerce variables (docs/client-developers.md).
    expect(
      results
        .filter((r) => r.status === 'warn')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['572B', '7B9B', 'FDE2']);
  });
});

describe('methods, CSRF and CORS', () => {
  const query = encodeURIComponent('{ sources { totalCount } }');

  it('answers queries over GET with a preflight header', async () => {
    const res = await fetch(`${api()}?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true', accept: 'application/json' },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.sources.totalCount).toBe(3);
  });

  it('blocks a GET a browser could send cross-site without a preflight (CSRF prevention)', async () => {
    const res = await fetch(`${api()}?query=${query}`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });

  it('blocks a simple POST (text/plain) a form could send', async () => {
    const res = await fetch(api(), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ sources { totalCount } }' }),
    });
    expect(res.status).toBe(400);
  });

  it('refuses mutations over GET and unknown methods', async () => {
    const get = await fetch(`${api()}?query=${encodeURIComponent('mutation { x }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBeGreaterThanOrEqual(400);
    const put = await fetch(api(), { method: 'PUT' });
    expect(put.status).toBe(405);
  });

  it('sends CORS headers to allowed origins only', async () => {
    const allowed = await fetch(api(), {
      method: 'OPTIONS',
      headers: { origin: 'http://allowed.example', 'access-control-request-method': 'POST' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://allowed.example');
    const other = await fetch(api(), {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('automatic persisted queries', () => {
  it('asks for the query once, then answers from the hash alone', async () => {
    const query = `query Apq { sources { totalCount } } # ${Date.now()}`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const post = (body: object) =>
      fetch(api(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<any>);
    const miss = await post({ extensions });
    expect(miss.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await post({ query, extensions });
    expect(register.data.sources.totalCount).toBe(3);
    const hit = await post({ extensions });
    expect(hit.data.sources.totalCount).toBe(3);
  });
});

describe('health and the explorer', () => {
  it('reports liveness and readiness', async () => {
    const live = await fetch(`${base()}/healthz`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${base()}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, neo4j: 'up', schema: 'applied' });
  });

  it('serves the explorer to browsers from installed packages', async () => {
    const page = await fetch(api(), { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/graphiql/i);
    expect(html).not.toMatch(/https?:\/\//);
    const script = await fetch(`${base()}/explorer/graphiql.min.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${base()}/explorer/../package.json`)).status).toBe(404);
  });
});
