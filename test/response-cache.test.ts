// The optional response cache (RESPONSE_CACHE_SECONDS): off by default; on, a repeated query is
// answered from memory without touching Neo4j, with a Cache-Control header that says for how long.
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { startTestApi } from './helpers.js';

let cached: Awaited<ReturnType<typeof startTestApi>>;
beforeAll(async () => {
  // Cache hints are gathered through graphql-js's per-field hooks: the compiled executor steps aside.
  cached = await startTestApi({ responseCacheSeconds: 30, execution: 'compiled' });
  expect(cached.execution).toBe('graphql-js');
});
afterAll(async () => cached?.stop());

const QUERY = `query($key: String!) { entity(key: $key) { key name ... on Person { posts { node { key } } } } }`;

async function raw(url: string, variables: Record<string, unknown>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY, variables }),
  });
  return {
    cacheControl: res.headers.get('cache-control'),
    body: (await res.json()) as { data: any; errors?: unknown; extensions: { neo4jRoundTrips: number } },
  };
}

describe('response cache', () => {
  it('is off by default: every request reads the database and nothing says it may be cached', async () => {
    const a = await raw(inject('apiUrl'), { key: 'david-powell' });
    const b = await raw(inject('apiUrl'), { key: 'david-powell' });
    expect(b.body.data).toEqual(a.body.data);
    expect(b.body.extensions.neo4jRoundTrips).toBeGreaterThan(0);
    expect(b.cacheControl).toBeNull();
  });

  it('when on, answers a repeated query from memory, and a different variable from the database', async () => {
    const url = cached.url;
    const first = await raw(url, { key: 'kirsty-williams' });
    const again = await raw(url, { key: 'kirsty-williams' });
    const other = await raw(url, { key: 'david-powell' });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.extensions.neo4jRoundTrips).toBe(1);
    expect(again.body.data).toEqual(first.body.data);
    expect(again.body.extensions.neo4jRoundTrips).toBe(0);
    expect(again.cacheControl).toBe('max-age=30, public');
    expect(other.body.data.entity.key).toBe('david-powell');
    expect(other.body.extensions.neo4jRoundTrips).toBe(1);
  });

  it('never caches an answer with errors', async () => {
    const url = cached.url;
    const q = `{ people(first: 1000) { totalCount } }`;
    const post = () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q }),
      });
    const a = await post();
    const b = await post();
    expect(a.headers.get('cache-control')).toBe('no-store');
    expect(((await b.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
