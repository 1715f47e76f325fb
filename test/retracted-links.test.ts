// Retracted facts are not there when the graph is walked, not only in root lists: relationship
// fields skip retracted links and retracted far ends, lookups by id and key skip retracted nodes,
// and a root field's `includeRetracted: true` shows them at every level below it (through the
// planner's plans, and through the plans made again for a path's nodes). Over HTTP, on a small
// story of its own (a made-up council); the file puts the database back to the seed.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createKey } from '../src/auth/index.js';
import { gqlAs, graphDigest, resetToSeed, testDriver } from './helpers.js';
import { ADD_SOURCE, ASSERT, fulfilmentRecords, obligationRecords, RETRACT, sourceInput } from './curation-fixtures.js';

const keys = (links: { node: { key: string } }[] | null | undefined) => (links ?? []).map((l) => l.node.key).sort();

const OBLIGATION = `query O($all: Boolean) { entity(key: "tb-obl-plan", includeRetracted: $all) {
  ... on Obligation { fulfilledBy { node { key } } bearer { node { key } } } } }`;
const COUNCIL = `query C($all: Boolean) { entity(key: "tb-council", includeRetracted: $all) {
  ... on Organisation { documentsIssued { node { key } } obligationsBorne { node { key ... on Obligation { fulfilledBy { node { key } } } } } } } }`;
const PLAN = `query P($all: Boolean) { entity(key: "tb-plan", includeRetracted: $all) {
  key id ... on Document { fulfils { node { key } } issuedBy { node { key } } } } }`;
const FINDING = `query F($all: Boolean) { entity(key: "tb-finding", includeRetracted: $all) {
  ... on Finding { madeBy { node { key } } } } }`;
const LIST = `query L($all: Boolean) { obligations(filter: { bearer: "tb-council" }, includeRetracted: $all) {
  edges { node { key fulfilledBy { node { key } } } } } }`;

describe('retracted facts in relationship traversal and node lookups (over HTTP)', () => {
  let token = '';
  let before: Awaited<ReturnType<typeof graphDigest>>;
  const as = (query: string, all: boolean) => gqlAs(undefined, query, { all });

  beforeAll(async () => {
    before = await graphDigest();
    const driver = testDriver();
    try {
      token = `Bearer ${await createKey(driver, inject('neo4jDatabase'), 'traversal-test-ed', 'editor')}`;
    } finally {
      await driver.close();
    }
    const added = await gqlAs(token, ADD_SOURCE, { input: sourceInput() });
    const source = added.data!.addSource.source.key as string;
    const finding = {
      id: 'tb-finding',
      type: 'Finding',
      kind: 'RISK',
      name: 'The plan came six days late',
      evidence: [{ source, quote: 'six days late' }],
      links: [{ rel: 'STATES', from: 'tb-council', evidence: [{ source, quote: 'a spokesman said' }] }],
    };
    const r = await gqlAs(token, ASSERT, {
      input: {
        records: [...obligationRecords(source), ...fulfilmentRecords(source), finding],
        reason: 'The story to retract from',
      },
    });
    expect(r.errors).toBeUndefined();
  });

  afterAll(async () => {
    await resetToSeed();
    expect(await graphDigest()).toEqual(before);
  });

  it('before any retraction, every link is there', async () => {
    const o = (await as(OBLIGATION, false)).data!.entity;
    expect([keys(o.fulfilledBy), o.bearer.node.key]).toEqual([['tb-plan'], 'tb-council']);
    expect(keys((await as(FINDING, false)).data!.entity.madeBy)).toEqual(['tb-council']);
  });

  it('a retracted link is gone from both of its ends, at every level and in lists; includeRetracted shows it', async () => {
    const r = await gqlAs(token, RETRACT, { input: { keys: ['tb-plan|FULFILS|tb-obl-plan'], reason: 'misreported' } });
    expect(r.errors).toBeUndefined();
    expect(keys((await as(OBLIGATION, false)).data!.entity.fulfilledBy)).toEqual([]);
    expect(keys((await as(OBLIGATION, true)).data!.entity.fulfilledBy)).toEqual(['tb-plan']);
    expect(keys((await as(PLAN, false)).data!.entity.fulfils)).toEqual([]);
    expect(keys((await as(PLAN, true)).data!.entity.fulfils)).toEqual(['tb-obl-plan']);
    // Two levels down: council → obligation → fulfilment.
    const nested = (all: boolean) => as(COUNCIL, all).then((x) => x.data!.entity.obligationsBorne[0].node.fulfilledBy);
    expect(keys(await nested(false))).toEqual([]);
    expect(keys(await nested(true))).toEqual(['tb-plan']);
    const list = (all: boolean) => as(LIST, all).then((x) => x.data!.obligations.edges[0].node.fulfilledBy);
    expect(keys(await list(false))).toEqual([]);
    expect(keys(await list(true))).toEqual(['tb-plan']);
    // The other links are untouched.
    expect((await as(OBLIGATION, false)).data!.entity.bearer.node.key).toBe('tb-council');
  });

  it('a retracted node is null by key and by id, and gone as the far end of its links', async () => {
    const { id } = (await as(PLAN, false)).data!.entity;
    const r = await gqlAs(token, RETRACT, { input: { keys: ['tb-plan'], reason: 'not a plan after all' } });
    expect(r.errors).toBeUndefined();
    expect((await as(PLAN, false)).data!.entity).toBeNull();
    const shown = (await as(PLAN, true)).data!.entity;
    expect([shown.key, keys(shown.issuedBy)]).toEqual(['tb-plan', ['tb-council']]);
    const byId = `query N($id: ID!, $all: Boolean) { node(id: $id, includeRetracted: $all) { id } nodes(ids: [$id], includeRetracted: $all) { id } }`;
    expect((await gqlAs(undefined, byId, { id, all: false })).data).toEqual({ node: null, nodes: [null] });
    expect((await gqlAs(undefined, byId, { id, all: true })).data).toEqual({ node: { id }, nodes: [{ id }] });
    expect(keys((await as(COUNCIL, false)).data!.entity.documentsIssued)).toEqual([]);
    expect(keys((await as(COUNCIL, true)).data!.entity.documentsIssued)).toEqual(['tb-plan']);
    // The link to it was not retracted itself, yet leads nowhere while its far end is retracted.
    expect(keys((await as(OBLIGATION, false)).data!.entity.fulfilledBy)).toEqual([]);
  });

  it("a path's nodes are read again with the path's includeRetracted", async () => {
    const ids = await gqlAs(undefined, `{ c: entity(key: "tb-council") { id } o: entity(key: "tb-obl-plan") { id } }`);
    const q = `query Q($from: ID!, $to: ID!, $all: Boolean) { path(from: $from, to: $to, maxHops: 1, includeRetracted: $all) {
      nodes { key ... on Organisation { documentsIssued { node { key } } } } } }`;
    const path = (all: boolean) =>
      gqlAs(undefined, q, { from: ids.data!.c.id, to: ids.data!.o.id, all }).then((x) => x.data!.path.nodes[0]);
    expect(keys((await path(false)).documentsIssued)).toEqual([]);
    expect(keys((await path(true)).documentsIssued)).toEqual(['tb-plan']);
  });

  it('a retracted STATES link states nothing; the finding is stated again when shown', async () => {
    const r = await gqlAs(token, RETRACT, {
      input: { keys: ['tb-council|STATES|tb-finding'], reason: 'no such claim' },
    });
    expect(r.errors).toBeUndefined();
    expect(keys((await as(FINDING, false)).data!.entity.madeBy)).toEqual([]);
    expect(keys((await as(FINDING, true)).data!.entity.madeBy)).toEqual(['tb-council']);
  });
});
