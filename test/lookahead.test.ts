// Lookahead (src/resolvers/lookahead.ts) fetches the links a query selects in its root field's own
// Cypher. It must only ever save round trips: every answer, error included, is the same as the
// loaders give on their own, level by level.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { resolvers } from '../src/resolvers/index.js';
import { readsOf } from '../src/resolvers/lookahead.js';
import { declarations } from '../src/resolvers/relationships.js';
import { loadTypeDefs } from '../src/schema.js';
import { gql, gqlOk, globalId, startTestApi, testDriver } from './helpers.js';
import { WHICH_NOTICE_DEMANDS_WHAT, WHO_REQUESTED_SUPPORT } from './operations.js';

let loadersOnly: Awaited<ReturnType<typeof startTestApi>>;

beforeAll(async () => {
  loadersOnly = await startTestApi({ lookahead: false });
});
afterAll(async () => loadersOnly?.stop());

const PERSON_POSTS = `query { entity(key: "david-powell") { key name ... on Person {
  posts { node { key name qualifier post { node { key name organisation { node { key name } } } } } } } } }`;

const cases: { name: string; query: string; variables?: Record<string, unknown>; fails?: boolean }[] = [
  { name: 'a person with tenures, posts and organisations', query: PERSON_POSTS },
  { name: 'who requested support (links with evidence and capacity)', query: WHO_REQUESTED_SUPPORT },
  { name: 'which notice demands what (fragments on a document type)', query: WHICH_NOTICE_DEMANDS_WHAT },
  {
    name: 'one field name, a different relation per type (Person.posts, Organisation.posts)',
    query: `{ actors(first: 30) { edges { node { key __typename
      ... on Person { posts { node { key } } }
      ... on Organisation { posts { node { key holders { node { key } } } } }
      made(first: 3) { node { key } } } } } }`,
  },
  {
    name: 'aliases of one field with different `first`, one from a variable',
    query: `query($n: Int) { organisations(first: 20) { edges { node { key
      few: made(first: 1) { node { key } } some: made(first: $n) { node { key name } } all: made { node { key } } } } } }`,
    variables: { n: 2 },
  },
  {
    name: 'the same operation again with another variable (plans are kept per operation and variables)',
    query: `query($n: Int) { organisations(first: 20) { edges { node { key
      few: made(first: 1) { node { key } } some: made(first: $n) { node { key name } } all: made { node { key } } } } } }`,
    variables: { n: 4 },
  },
  {
    name: 'named fragments, @skip and @include',
    query: `query($no: Boolean!) { obligations(first: 50) { edges { node { ...O } } } }
      fragment O on Obligation { key bearer { node { key ...A } } imposingDocument @skip(if: $no) { node { key } }
        owedTo @include(if: $no) { node { key } } }
      fragment A on Actor { name obligationsBorne(first: 2) { node { key } } }`,
    variables: { no: true },
  },
  {
    name: 'evidence, its source and what else it supports',
    query: `{ entity(key: "powys-county-council") { key evidence { key quote source { key title } supports(first: 3) { key } } } }`,
  },
  {
    name: 'deeper than the lookahead depth',
    query: `{ entity(key: "david-powell") { key ... on Person { posts { node { key post { node { key organisation { node { key
      posts { node { key holders { node { key holder { node { key name } } } } } } } } } } } } } } }`,
  },
  {
    name: 'obligations overdue as of a day, with status and bearer',
    query: `{ obligations(filter: { status: [OVERDUE], asOf: "2018-03-01" }, first: 5) { totalCount
      edges { node { key status(asOf: "2018-03-01") bearer { node { key } } } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: "a bearer's obligations, second page",
    query: `query($b: ID!) { obligations(filter: { bearer: $b }, first: 2, after: "bzox") { totalCount
      edges { cursor node { key evidence { quote source { key } } } } } }`,
    variables: { b: globalId('Organisation', 'powys-county-council') },
  },
  {
    name: 'statuses on several days (aliases, a variable, today by default) below a link',
    query: `query($d: LocalDate) { obligations(first: 20) { edges { node { key
      before: status(asOf: "2017-11-01") after: status(asOf: $d) now: status
      supersededBy { node { key ... on Obligation { status(asOf: "2018-03-01") } } } } } } }`,
    variables: { d: '2018-03-01' },
  },
  {
    name: 'search hits with their links',
    query: `{ search(text: "Powys", first: 10) { score type node { key name ... on Organisation { kind posts { node { key } } }
      ... on Obligation { status(asOf: "2018-03-01") bearer { node { key } } } } } }`,
  },
  {
    name: 'a status day the resolver refuses',
    query: `{ obligations(first: 3) { edges { node { key status(asOf: "1700-01-01") } } } }`,
    fails: true,
  },
  {
    name: 'a `first` the resolver refuses (negative)',
    query: `{ people(first: 5) { edges { node { key posts(first: -1) { node { key } } } } } }`,
    fails: true,
  },
  {
    name: 'a `first` the resolver refuses (too large)',
    query: `{ entity(key: "david-powell") { ... on Person { posts(first: 1000) { node { key } } } } }`,
    fails: true,
  },
];

describe('lookahead', () => {
  it.each(cases)('answers as the loaders do: $name', async ({ query, variables, fails }) => {
    const ahead = await gql(query, variables);
    const levelByLevel = await loadersOnly.post(query, variables);
    expect(ahead.status).toBe(levelByLevel.status);
    expect(ahead.errors).toEqual(levelByLevel.errors);
    expect(ahead.data).toEqual(levelByLevel.data);
    if (fails) expect(ahead.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    else expect(ahead.errors).toBeUndefined();
    expect(ahead.extensions!.neo4jRoundTrips!).toBeLessThanOrEqual(levelByLevel.extensions!.neo4jRoundTrips!);
  });

  it('answers a point lookup three levels deep in one round trip instead of four', async () => {
    const ahead = await gql(PERSON_POSTS);
    const levelByLevel = await loadersOnly.post(PERSON_POSTS);
    expect(ahead.data!.entity.posts[0].node.post.node.organisation.node.key).toBe('powys-county-council');
    expect(levelByLevel.extensions!.neo4jRoundTrips).toBe(4);
    expect(ahead.extensions!.neo4jRoundTrips).toBe(1);
  });

  it('computes a status with its obligation: overdue obligations with their status in one round trip', async () => {
    const q = cases.find((c) => c.name.startsWith('obligations overdue'))!.query;
    const ahead = await gql(q);
    expect(ahead.data!.obligations.edges.every((e: any) => e.node.status === 'OVERDUE')).toBe(true);
    expect(ahead.extensions!.neo4jRoundTrips).toBe(1);
    expect((await loadersOnly.post(q)).extensions!.neo4jRoundTrips).toBe(3);
  });

  it('plans levels past its depth again from where the first plan stopped', async () => {
    const deep = cases.find((c) => c.name === 'deeper than the lookahead depth')!;
    const ahead = await gql(deep.query);
    const levelByLevel = await loadersOnly.post(deep.query);
    expect(ahead.data!.entity.posts[0].node.post.node.organisation.node.posts.length).toBeGreaterThan(0);
    // Six levels of links: the first five come with the entity, the sixth in one more query.
    expect(levelByLevel.extensions!.neo4jRoundTrips).toBe(7);
    expect(ahead.extensions!.neo4jRoundTrips).toBe(2);
  });
});

describe('what lookahead fetches of each node', () => {
  // Nodes fetched ahead carry only the properties their query's fields read (READS in
  // lookahead.ts). Here every resolver of every node and link in the test graph runs on a record
  // that notes each property read; any read the planner would not have fetched fails the test.
  it('covers every property each resolver reads, on every node and relationship of the graph', async () => {
    const schema = buildSchema(loadTypeDefs());
    const map = resolvers as unknown as Record<string, Record<string, unknown>>;
    const driver = testDriver();
    const nodes = await driver.executeQuery(
      'MATCH (n:Entity) RETURN n { .*, __type: [l IN labels(n) WHERE NOT l IN $f][0] } AS n',
      {
        f: ['Entity', 'Actor', 'Document', 'Event'],
      },
    );
    const rels = await driver.executeQuery(
      'MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN r { .*, type: type(r) } AS r',
    );
    await driver.close();
    const ctx = {
      maxPageSize: 100,
      plan: { below: () => undefined, at: () => ({ props: [], links: [], statusAsOf: [], refs: [] }) },
      loaders: new Proxy({}, { get: () => ({ load: async () => null, loadMany: async () => [] }) }),
    };
    const misses = new Set<string>();
    let checked = 0;
    const run = async (
      typeName: string,
      record: Record<string, unknown>,
      wrap: (r: Record<string, unknown>) => unknown,
      allowedBase: string[],
    ) => {
      const type = schema.getType(typeName);
      if (!type || !('getFields' in type) || !('getInterfaces' in type)) return;
      for (const field of Object.values(type.getFields())) {
        const resolve = map[typeName]?.[field.name] as ((...a: unknown[]) => unknown) | undefined;
        if (declarations.fields.has(`${typeName}.${field.name}`) || field.name === 'node') continue; // relationship fields read only the id
        const read = new Set<string>();
        const spy = new Proxy(plainObject(record), {
          get: (t, k) => (typeof k === 'string' && read.add(k), Reflect.get(t, k)),
        });
        try {
          const parent = wrap(spy);
          const out = resolve ? resolve(parent, {}, ctx, {}) : (parent as Record<string, unknown>)[field.name];
          await out;
        } catch {
          // A resolver that throws on this record reads what it read before throwing.
        }
        checked++;
        const allowed = new Set([...allowedBase, ...readsOf(typeName, field)]);
        for (const k of read) if (!allowed.has(k)) misses.add(`${typeName}.${field.name} reads ${k}`);
      }
    };
    for (const { n } of nodes.records.map((r) => r.toObject())) {
      await run(n.__type, n, (spy) => spy, ['id', '__type', '__links', '__status', '__refs', 'then']);
    }
    const linkTypes = Object.keys(schema.getTypeMap()).filter(
      (t) => t.endsWith('Link') && !('getPossibleTypes' in (schema.getType(t) as object)),
    );
    for (const { r } of rels.records.map((x) => x.toObject())) {
      for (const t of linkTypes)
        await run(t, r, (spy) => ({ rel: spy, node: { id: 'x', __type: 'Person' } }), ['type', '__refs', 'then']);
    }
    expect(checked).toBeGreaterThan(5000);
    expect([...misses].sort()).toEqual([]);
  });
});

describe('a fuzzy date read in part', () => {
  // The planner fetches a FuzzyDate's precision and the parts selected, not all nine properties:
  // a part asked for alone must answer as it does among all the others, for every obligation
  // (those with a due date and no latest day, and those with no due date, included).
  it('answers each part as the whole date does', async () => {
    const whole = await gqlOk(`{ obligations(first: 100) { edges { node { key
      dueDate { text value precision earliest latest inferred inference offset relativeTo { key } }
      imposedDate { precision earliest } } } } }`);
    const byKey = new Map(whole.obligations.edges.map((e: any) => [e.node.key, e.node]));
    expect(byKey.size).toBeGreaterThan(5);
    for (const part of ['text', 'value', 'precision', 'earliest', 'latest', 'inferred', 'inference', 'offset']) {
      const one = await gqlOk(`{ obligations(first: 100) { edges { node { key dueDate { ${part} } } } } }`);
      for (const { node } of one.obligations.edges) {
        const full = byKey.get(node.key) as any;
        expect(node.dueDate, `${node.key} dueDate { ${part} }`).toEqual(
          full.dueDate === null ? null : { [part]: full.dueDate[part] },
        );
      }
    }
    // Some obligations have a due date, some none, and some a date with no latest day.
    const dues = [...byKey.values()].map((n: any) => n.dueDate);
    expect(dues.some((d) => d === null)).toBe(true);
    expect(dues.some((d) => d !== null && d.latest !== null)).toBe(true);
  });
});

/** Neo4j temporal values as the data layer gives them (ISO text), so that resolvers see real records. */
function plainObject(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) ? String(v) : v]),
  );
}
