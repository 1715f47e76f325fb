// What was known then (`knownAsOf`): statuses and obligation lists answered from only the facts
// whose evidence comes from sources published by a day. "Which obligations were overdue on
// 1 February 2018, as the public record stood on 1 March 2018?" is asked of the seed, whose
// sources were certainly all published by 6 February 2018; then a curated source published in
// April reports that the revised improvement plan due on 7 February was sent on 9 February, and
// the same kind of question shows the fulfilment only from April on. Over HTTP; the file puts the
// database back to the seed.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createKey } from '../src/auth/index.js';
import { gqlAs, graphDigest, resetToSeed, testDriver } from './helpers.js';
import { ADD_SOURCE, ASSERT } from './curation-fixtures.js';

const TEXT =
  'Powys County Council sent its revised Improvement Plan to Care Inspectorate Wales on 9 February 2018, ' +
  'the council said in April, two days after the date in the follow-up warning notice.';
const REVISED = 'obl-submit-revised-improvement-plan';
const MID_JANUARY = 'obl-further-plan-mid-january';

const OVERDUE = `query O($asOf: LocalDate!, $known: LocalDate) {
  obligations(filter: { status: [OVERDUE], asOf: $asOf, knownAsOf: $known }, first: 100) {
    totalCount edges { node { key status } } } }`;
const STATUS = `query S($key: String!, $asOf: LocalDate!, $known: LocalDate) { entity(key: $key) { ... on Obligation {
  status(asOf: $asOf, knownAsOf: $known)
  statusAssessment(asOf: $asOf, knownAsOf: $known) { status ground explanation } } } }`;

async function overdue(asOf: string, known: string | null) {
  const r = await gqlAs(undefined, OVERDUE, { asOf, known });
  expect(r.errors).toBeUndefined();
  const list = r.data!.obligations as { totalCount: number; edges: { node: { key: string; status: string } }[] };
  // The statuses below the list answer with the list's days.
  expect(list.edges.every((e) => e.node.status === 'OVERDUE')).toBe(true);
  expect(list.totalCount).toBe(list.edges.length);
  return list.edges.map((e) => e.node.key);
}
const status = async (key: string, asOf: string, known: string | null) =>
  (await gqlAs(undefined, STATUS, { key, asOf, known })).data!.entity;

describe('knownAsOf: as the public record stood on a day (over HTTP)', () => {
  let before: Awaited<ReturnType<typeof graphDigest>>;
  let token = '';

  beforeAll(async () => {
    before = await graphDigest();
    const driver = testDriver();
    try {
      token = `Bearer ${await createKey(driver, inject('neo4jDatabase'), 'known-as-of-ed', 'editor')}`;
    } finally {
      await driver.close();
    }
  });

  afterAll(async () => {
    await resetToSeed();
    expect(await graphDigest()).toEqual(before);
  });

  it('overdue on 1 February 2018: none as the record stood on 1 March; the mid-January plan as it stood on 31 January', async () => {
    // The mid-January plan (s001, 25 November) is superseded by the follow-up notice's deadline of
    // 7 February, which s002 reports; s002 was certainly published by 6 February, not by 31 January.
    expect(await overdue('2018-02-01', '2018-03-01')).toEqual([]);
    expect(await overdue('2018-02-01', null)).toEqual([]);
    expect(await overdue('2018-02-01', '2018-01-31')).toEqual([MID_JANUARY]);
    expect((await status(MID_JANUARY, '2018-02-01', '2018-03-01')).status).toBe('SUPERSEDED');
    const then = await status(MID_JANUARY, '2018-02-01', '2018-01-31');
    expect(then.status).toBe('OVERDUE');
    expect(then.statusAssessment).toMatchObject({ status: 'OVERDUE', ground: 'DUE_DATE' });
    expect(then.statusAssessment.explanation).toMatch(/^OVERDUE on 2018-02-01, as the record stood on 2018-01-31: /);
  });

  it('a list holds only obligations some source had reported by the day', async () => {
    const all = `query A($known: LocalDate) { obligations(filter: { knownAsOf: $known }, first: 100) { edges { node { key } } } }`;
    const keys = async (known: string | null) =>
      ((await gqlAs(undefined, all, { known })).data!.obligations.edges as { node: { key: string } }[]).map(
        (e) => e.node.key,
      );
    const now = await keys(null);
    // s001 (25 November 2017) is the first source certainly published; s002 only by 6 February 2018.
    expect(await keys('2017-11-24')).toEqual([]);
    const december = await keys('2017-12-15');
    expect(december).toContain(MID_JANUARY);
    expect(december).not.toContain(REVISED);
    expect(december.every((k) => now.includes(k))).toBe(true);
    expect(await keys('2018-03-01')).toEqual(now);
  });

  it('a fulfilment reported in April counts from April: overdue on 15 February as the record stood on 1 March', async () => {
    expect(await overdue('2018-02-15', null)).toContain(REVISED);
    const added = await gqlAs(token, ADD_SOURCE, {
      input: {
        content: TEXT,
        title: 'Council says it sent the revised plan (text written for this test)',
        publisher: 'Test Gazette',
        published: { text: '10 April 2018', value: '2018-04-10', precision: 'DAY' },
        licence: 'CC BY 4.0',
      },
    });
    expect(added.errors).toBeUndefined();
    const source = added.data!.addSource.source.key;
    const fulfilment = await gqlAs(token, ASSERT, {
      input: {
        records: [
          {
            id: 'improvement-plan-2',
            links: [
              {
                rel: 'FULFILS',
                to: REVISED,
                date: { text: 'on 9 February 2018', value: '2018-02-09', precision: 'DAY' },
                evidence: [
                  { source, quote: 'sent its revised Improvement Plan to Care Inspectorate Wales on 9 February 2018' },
                ],
              },
            ],
          },
        ],
        reason: 'The council reports sending the revised plan',
      },
    });
    expect(fulfilment.errors).toBeUndefined();

    // As the graph stands: met two days late, so not overdue on 15 February.
    expect(await overdue('2018-02-15', null)).not.toContain(REVISED);
    expect((await status(REVISED, '2018-02-15', null)).status).toBe('FULFILLED_LATE');
    // As the record stood on 1 March, nothing said so yet.
    expect(await overdue('2018-02-15', '2018-03-01')).toContain(REVISED);
    const march = await status(REVISED, '2018-02-15', '2018-03-01');
    expect([march.status, march.statusAssessment.ground]).toEqual(['OVERDUE', 'DUE_DATE']);
    // From its publication day on, it is known.
    expect(await overdue('2018-02-15', '2018-04-10')).not.toContain(REVISED);
    expect((await status(REVISED, '2018-02-15', '2018-04-10')).status).toBe('FULFILLED_LATE');
  });

  it('a knownAsOf that is not a day is BAD_USER_INPUT', async () => {
    const r = await gqlAs(undefined, STATUS, { key: REVISED, asOf: '2018-02-01', known: '2018-02-30' });
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const list = await gqlAs(undefined, OVERDUE, { asOf: '2018-02-01', known: '2018-13-01' });
    expect(list.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});
