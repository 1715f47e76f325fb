// Lookahead (src/resolvers/lookahead.ts) fetches the links a query selects in its root field's own
// Cypher. It must only ever save round trips: every answer, error included, is the same as the
// loaders give on their own, level by level.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, globalId, startTestApi } from './helpers.js';
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
    name: 'a bearer\'s obligations, second page',
    query: `query($b: ID!) { obligations(filter: { bearer: $b }, first: 2, after: "bzox") { totalCount
      edges { cursor node { key evidence { quote source { key } } } } } }`,
    variables: { b: globalId('Organisation', 'powys-county-council') },
  },
  { name: 'a `first` the resolver refuses (negative)', query: `{ people(first: 5) { edges { node { key posts(first: -1) { node { key } } } } } }`, fails: true },
  { name: 'a `first` the resolver refuses (too large)', query: `{ entity(key: "david-powell") { ... on Person { posts(first: 1000) { node { key } } } } }`, fails: true },
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

  it('leaves levels past its depth to the batched loaders', async () => {
    const deep = cases.find((c) => c.name === 'deeper than the lookahead depth')!;
    const ahead = await gql(deep.query);
    const levelByLevel = await loadersOnly.post(deep.query);
    expect(ahead.data!.entity.posts[0].node.post.node.organisation.node.posts.length).toBeGreaterThan(0);
    // Six levels of links: the first three come with the entity, the other three one query each.
    expect(levelByLevel.extensions!.neo4jRoundTrips).toBe(7);
    expect(ahead.extensions!.neo4jRoundTrips).toBe(4);
  });
});
