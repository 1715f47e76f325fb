// Operations run compiled (graphql-jit, the default; src/compiledExecution.ts). graphql-js is the
// reference: for every operation here, answers and failures alike, the compiled API must send what
// an API running graphql-js sends, byte for byte, with the same HTTP status.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as jit from 'graphql-jit';
import { getIntrospectionQuery } from 'graphql';
import { ops } from '../bench/ops.js';
import { exampleOperation, exampleOperationsDir } from '../src/exampleOperations.js';
import { globalId, startTestApi } from './helpers.js';

// The real compiler, watched: which operations get compiled, and when.
vi.mock('graphql-jit', async (original) => {
  const real = await original<typeof import('graphql-jit')>();
  return { ...real, compileQuery: vi.fn(real.compileQuery) };
});

let reference: Awaited<ReturnType<typeof startTestApi>>;
let compiled: Awaited<ReturnType<typeof startTestApi>>;

beforeAll(async () => {
  reference = await startTestApi({ execution: 'graphql-js' });
  compiled = await startTestApi({ execution: 'compiled' });
  expect([reference.execution, compiled.execution]).toEqual(['graphql-js', 'compiled']);
});
afterAll(async () => {
  await reference?.stop();
  await compiled?.stop();
});

async function send(url: string, body: unknown) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.text() };
}

/** The compiled API is asked twice: an operation runs on graphql-js once, compiled from then on. */
async function expectSame(request: { query: string; variables?: unknown; operationName?: string }) {
  const want = await send(reference.url, request);
  for (const got of [await send(compiled.url, request), await send(compiled.url, request)]) {
    expect(got.status, got.body).toBe(want.status);
    expect(got.body).toBe(want.body);
  }
  return JSON.parse(want.body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

const seedParams = {
  personKey: 'david-powell',
  bodyKey: 'powys-county-council',
  searchText: 'Powys',
  asOf: '2018-03-01',
};

describe('compiled execution answers as graphql-js does', () => {
  const powys = globalId('Organisation', 'powys-county-council');
  const examples: Record<string, Record<string, unknown>> = {
    DocumentsCitingFact: { key: 'request-statutory-support' },
    EntityByKey: { key: 'powys-county-council' },
    Neighbourhood: { id: globalId('Person', 'alun-davies'), depth: 2 },
    NoticeDemands: { key: 'follow-up-warning-notice', asOf: '2018-03-01' },
    ObligationsOfBody: { bearer: powys, asOf: '2018-03-01' },
    OverdueOn: { asOf: '2018-07-01' },
    PathBetween: {
      from: globalId('Person', 'kirsty-williams'),
      to: globalId('Organisation', 'care-inspectorate-wales'),
    },
    PersonPosts: { key: 'phil-evans' },
    RequestsForSupport: {},
    Search: { text: 'CSSIW' },
    StatementsByPerson: { key: 'rosemarie-harris' },
    Timeline: { from: '2017-10-01', to: '2018-02-28' },
    WhichNoticeDemandsWhat: { asOf: '2018-03-01' },
    WhoRequestedSupport: {},
  };
  it('covers every example operation', () => {
    const files = fs.readdirSync(exampleOperationsDir).map((f) => f.replace(/\.graphql$/, ''));
    expect(Object.keys(examples).sort()).toEqual(files.sort());
  });
  for (const [name, variables] of Object.entries(examples)) {
    it(`example ${name}`, async () => {
      const r = await expectSame({ query: exampleOperation(name), variables });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    });
  }

  for (const op of ops) {
    it(`benchmark operation ${op.name}`, async () => {
      const r = await expectSame(op.api(seedParams) as { query: string; variables?: unknown });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    });
  }

  const failures: [string, { query: string; variables?: unknown; operationName?: string }, string][] = [
    [
      'a date variable that is no day',
      {
        query: 'query O($d: LocalDate!) { obligations(filter: { asOf: $d }) { totalCount } }',
        variables: { d: '2018-02-30' },
      },
      'BAD_USER_INPUT',
    ],
    [
      'a required variable not given',
      { query: 'query O($d: LocalDate!) { obligations(filter: { asOf: $d }) { totalCount } }' },
      'BAD_USER_INPUT',
    ],
    ['a page size below zero', { query: '{ obligations(first: -1) { totalCount } }' }, 'BAD_USER_INPUT'],
    [
      'a resolver refusing input inside a list',
      { query: '{ actors(first: 2) { edges { node { key made(first: -3) { node { key } } } } } }' },
      'BAD_USER_INPUT',
    ],
    [
      'a write without a token',
      {
        query: `mutation { retractFacts(input: { keys: ["david-powell"], reason: "test" }) { __typename } }`,
      },
      'UNAUTHENTICATED',
    ],
    [
      'an operation name that is not in the document',
      { query: 'query A { __typename } query B { __typename }', operationName: 'C' },
      'OPERATION_RESOLUTION_FAILURE',
    ],
  ];
  for (const [name, request, code] of failures) {
    it(`failure: ${name}`, async () => {
      const r = await expectSame(request);
      expect(r.errors?.[0]?.extensions?.code).toBe(code);
    });
  }

  it('abstract types, fragments, aliases, @skip and @include', async () => {
    const r = await expectSame({
      query: `query($yes: Boolean!) { a: actors(first: 40) { edges { node { __typename key
        ... on Person { posts { node { key } } } ...Org } } }
        b: entity(key: "powys-county-council") { __typename ... on Organisation { name @include(if: $yes) key @skip(if: $yes) } } }
        fragment Org on Organisation { posts { node { key holders { node { key } } } } }`,
      variables: { yes: true },
    });
    expect(r.errors).toBeUndefined();
  });

  it('a key that is not in the graph', async () => {
    const r = await expectSame({ query: '{ entity(key: "no-such-key") { key } }' });
    expect(r.data).toEqual({ entity: null });
  });

  it('compiles an operation on its second request, once, and never a document seen once', async () => {
    const compileQuery = vi.mocked(jit.compileQuery);
    compileQuery.mockClear();
    const query = `query Once($k: String!) { entity(key: $k) { key name } }`;
    const first = await send(compiled.url, { query, variables: { k: 'phil-evans' } });
    expect(compileQuery).not.toHaveBeenCalled();
    const second = await send(compiled.url, { query, variables: { k: 'phil-evans' } });
    const third = await send(compiled.url, { query, variables: { k: 'david-powell' } });
    expect(compileQuery).toHaveBeenCalledTimes(1);
    expect(second.body).toBe(first.body);
    expect(JSON.parse(third.body).data.entity.key).toBe('david-powell');
    await send(compiled.url, { query: `{ entity(key: "phil-evans") { key } }` });
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });

  it('introspection', async () => {
    await expectSame({ query: getIntrospectionQuery() });
  });
});
