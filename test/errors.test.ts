// Bad input of each kind gets a clear error with a code; nothing internal leaks.
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { globalId, gql } from './helpers.js';

const codeOf = (r: Awaited<ReturnType<typeof gql>>) => r.errors?.[0]?.extensions?.code;

describe('errors', () => {
  it('a malformed id is BAD_USER_INPUT', async () => {
    const r = await gql(`{ node(id: "not an id!") { id } }`);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toMatch(/not a valid id/);
  });

  it('a forged id (valid base64, unknown type) is BAD_USER_INPUT', async () => {
    const r = await gql(`query N($id: ID!) { node(id: $id) { id } }`, {
      id: Buffer.from('Spaceship:x').toString('base64url'),
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('an id of the wrong type for a filter says which type it needs', async () => {
    const r = await gql(`query O($b: ID!) { obligations(filter: { bearer: $b }) { totalCount } }`, {
      b: globalId('Source', 's000'),
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toMatch(/Person or Organisation/);
  });

  it('path to an unknown entity is NOT_FOUND', async () => {
    const r = await gql(`query P($a: ID!, $b: ID!) { path(from: $a, to: $b) { length } }`, {
      a: globalId('Person', 'alun-davies'),
      b: globalId('Person', 'nobody'),
    });
    expect(codeOf(r)).toBe('NOT_FOUND');
  });

  it('a bad date is BAD_USER_INPUT', async () => {
    for (const asOf of ['2018-02-30', '18-02-01', 'tomorrow']) {
      const r = await gql(`query O($d: LocalDate!) { obligations(filter: { asOf: $d }) { totalCount } }`, { d: asOf });
      expect(codeOf(r), asOf).toBe('BAD_USER_INPUT');
    }
    const far = await gql(`{ obligations(filter: { asOf: "9999-01-01" }) { totalCount } }`);
    expect(codeOf(far)).toBe('BAD_USER_INPUT');
  });

  it('an unknown enum value is rejected with the valid ones in view', async () => {
    const r = await gql(`{ obligations(filter: { status: [LATE] }) { totalCount } }`);
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0]!.message).toMatch(/LATE/);
  });

  it('an oversized or negative page is BAD_USER_INPUT', async () => {
    for (const first of [1001, 101, -1]) {
      const r = await gql(`query A($f: Int!) { actors(first: $f) { totalCount } }`, { f: first });
      expect(codeOf(r), String(first)).toBe('BAD_USER_INPUT');
    }
    const nested = await gql(
      `{ actors(first: 1) { edges { node { documentsIssued(first: 5000) { node { key } } } } } }`,
    );
    expect(codeOf(nested)).toBe('BAD_USER_INPUT');
  });

  it('a forged cursor is BAD_USER_INPUT', async () => {
    const r = await gql(`{ actors(after: "bm9wZQ") { totalCount } }`);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('unknown fields and invalid GraphQL are rejected before any database work', async () => {
    const unknown = await gql(`{ actors { edges { node { salary } } } }`);
    expect(codeOf(unknown)).toBe('GRAPHQL_VALIDATION_FAILED');
    const invalid = await gql(`{ actors { `);
    expect(codeOf(invalid)).toBe('GRAPHQL_PARSE_FAILED');
    expect(invalid.extensions?.neo4jRoundTrips ?? 0).toBe(0);
  });

  it('malformed JSON is a 400 with a code', async () => {
    const res = await fetch(inject('apiUrl'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('never leaks internals and the server stays up', async () => {
    const r = await gql(`{ search(text: "${'x'.repeat(300)}") { type } }`);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|neo4j-driver|Cypher|at \//);
    const ok = await gql(`{ sources { totalCount } }`);
    expect(ok.data!.sources.totalCount).toBe(3);
  });
});
