// What was known then (`knownAsOf`): statuses and obligation lists answered from only the facts
// whose evidence comes from sources published by a day. Each write stamps what it writes with the
// day it became known (`knownFrom`, src/db/known.ts); the status rule compares that one property.
// "Which obligations were overdue on 1 February 2018, as the public record stood on 1 March 2018?"
// is asked of the seed, whose sources were certainly all published by 6 February 2018; then a
// curated source published in April reports that the revised improvement plan due on 7 February
// was sent on 9 February, and the same kind of question shows the fulfilment only from April on.
// Over HTTP; the file puts the database back to the seed.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createKey } from '../src/auth/index.js';
import { backfillKnown } from '../src/db/known.js';
import { cypherRows, gqlAs, graphDigest, resetToSeed, testDriver } from './helpers.js';
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
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  const list = r.data!.obligations as { totalCount: number; edges: { node: { key: string; status: string } }[] };
  // The statuses below the list answer with the list's days.
  expect(list.edges.every((e) => e.node.status === 'OVERDUE')).toBe(true);
  expect(list.totalCount).toBe(list.edges.length);
  return list.edges.map((e) => e.node.key);
}
const status = async (key: string, asOf: string, known: string | null) => {
  const r = await gqlAs(undefined, STATUS, { key, asOf, known });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.entity as {
    status: string;
    statusAssessment: { status: string; ground: string; explanation: string };
  };
};

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

  const addSource = async (content: string, published: string, title: string) => {
    const added = await gqlAs(token, ADD_SOURCE, {
      input: {
        content,
        title,
        publisher: 'Test Gazette',
        published: { text: published, value: published, precision: 'DAY' },
        licence: 'CC BY 4.0',
      },
    });
    expect(added.errors).toBeUndefined();
    return added.data!.addSource.source.key as string;
  };
  const assertRecords = async (records: unknown[], reason: string) => {
    const r = await gqlAs(token, ASSERT, { input: { records, reason } });
    expect(r.errors).toBeUndefined();
  };

  it('the seed load stamps every fact with the earliest latest-possible publication day of its evidence', async () => {
    const driver = testDriver();
    try {
      const rows = await cypherRows(
        driver,
        `MATCH (n:Obligation) WHERE n.seedHash IS NOT NULL
         RETURN n.id AS id, toString(n.knownFrom) AS known,
           toString(COLLECT { MATCH (n)-[:EVIDENCED_BY]->(:Evidence)-[:FROM_SOURCE]->(s:Source)
             RETURN s.publishedLatest ORDER BY s.publishedLatest LIMIT 1 }[0]) AS expected`,
      );
      expect(rows.length).toBeGreaterThan(5);
      for (const r of rows) expect([r.id, r.known]).toEqual([r.id, r.expected]);
      // Links too, from the passages they cite.
      const links = await cypherRows(
        driver,
        `MATCH (:Entity)-[r:FULFILS|SUPERSEDES|IMPOSES|BEARS]->(:Entity) WHERE size(coalesce(r.evidence, [])) > 0
         RETURN count(r) AS n, count(r.knownFrom) AS stamped`,
      );
      expect(links[0]!.n).toBeGreaterThan(5);
      expect(links[0]!.stamped).toBe(links[0]!.n);
    } finally {
      await driver.close();
    }
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
    // Without knownAsOf the explanation says nothing of a record day.
    expect((await status(MID_JANUARY, '2018-02-01', null)).statusAssessment.explanation).toMatch(
      /^SUPERSEDED on 2018-02-01: /,
    );
  });

  it('a knownAsOf before asOf answers for the later day from what was known on the earlier one', async () => {
    // On 15 February the mid-January plan was superseded, but nothing said so by 31 January.
    expect((await status(MID_JANUARY, '2018-02-15', '2018-01-31')).status).toBe('OVERDUE');
    expect((await status(MID_JANUARY, '2018-02-15', null)).status).toBe('SUPERSEDED');
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
    const source = await addSource(
      TEXT,
      '2018-04-10',
      'Council says it sent the revised plan (text written for this test)',
    );
    await assertRecords(
      [
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
      'The council reports sending the revised plan',
    );

    // As the graph stands: met two days late, so not overdue on 15 February.
    expect(await overdue('2018-02-15', null)).not.toContain(REVISED);
    expect((await status(REVISED, '2018-02-15', null)).status).toBe('FULFILLED_LATE');
    // As the record stood on 1 March, nothing said so yet.
    expect(await overdue('2018-02-15', '2018-03-01')).toContain(REVISED);
    const march = await status(REVISED, '2018-02-15', '2018-03-01');
    expect([march.status, march.statusAssessment.ground]).toEqual(['OVERDUE', 'DUE_DATE']);
    // From its publication day on, it is known; the day before, not.
    expect(await overdue('2018-02-15', '2018-04-09')).toContain(REVISED);
    expect(await overdue('2018-02-15', '2018-04-10')).not.toContain(REVISED);
    expect((await status(REVISED, '2018-02-15', '2018-04-10')).status).toBe('FULFILLED_LATE');
    // The FULFILLED filter agrees.
    const fulfilled = `query F($known: LocalDate) { obligations(filter: { status: [FULFILLED_LATE], asOf: "2018-02-15", knownAsOf: $known }) { edges { node { key } } } }`;
    const late = async (known: string | null) =>
      ((await gqlAs(undefined, fulfilled, { known })).data!.obligations.edges as { node: { key: string } }[]).map(
        (e) => e.node.key,
      );
    expect(await late(null)).toContain(REVISED);
    expect(await late('2018-03-01')).not.toContain(REVISED);
  });

  it("a withdrawal counts from the publication of the source that stated it; the later evidence leaves the obligation's own day", async () => {
    const early = await addSource(
      'Test Vale Council must publish its school transport review by 31 January 2018, the regulator said.',
      '2018-01-10',
      'Regulator sets a deadline (text written for this test)',
    );
    const late = await addSource(
      'The regulator withdrew the requirement on the school transport review on 5 February 2018, it said in April.',
      '2018-04-20',
      'Regulator withdraws a requirement (text written for this test)',
    );
    const obligation = (withdrawn: boolean) => ({
      id: 'tv-obl-review',
      type: 'Obligation',
      name: 'Publish the school transport review by 31 January 2018',
      action: 'Publish the school transport review',
      due: { text: 'by 31 January 2018', value: '2018-01-31', precision: 'DAY' },
      ...(withdrawn ? { withdrawn: { text: 'on 5 February 2018', value: '2018-02-05', precision: 'DAY' } } : {}),
      evidence: [
        { source: early, quote: 'must publish its school transport review by 31 January 2018' },
        ...(withdrawn ? [{ source: late, quote: 'withdrew the requirement on the school transport review' }] : []),
      ],
    });
    await assertRecords([obligation(false)], 'A deadline');
    await assertRecords([obligation(true)], 'The deadline withdrawn');
    expect((await status('tv-obl-review', '2018-02-15', null)).status).toBe('WITHDRAWN');
    expect((await status('tv-obl-review', '2018-02-15', '2018-03-01')).status).toBe('OVERDUE');
    expect((await status('tv-obl-review', '2018-02-15', '2018-04-20')).status).toBe('WITHDRAWN');
    expect(await overdue('2018-02-15', '2018-03-01')).toContain('tv-obl-review');
    // The obligation itself was known from 10 January: the later evidence did not move it.
    const driver = testDriver();
    try {
      const [row] = await cypherRows(
        driver,
        `MATCH (n:Obligation {id: 'tv-obl-review'}) RETURN toString(n.knownFrom) AS known, toString(n.withdrawnKnownFrom) AS withdrawn`,
      );
      expect(row).toEqual({ known: '2018-01-10', withdrawn: '2018-04-20' });
    } finally {
      await driver.close();
    }
  });

  it('a database written before the stamps gets them back at start, idempotently', async () => {
    const driver = testDriver();
    const database = inject('neo4jDatabase');
    try {
      const stamped = await graphDigest();
      await driver.executeQuery(
        // What the seed wrote (a withdrawal curated later would be dated by its obligation: the
        // write that stated it is gone from an unstamped database).
        `MATCH (n:Entity) WHERE n.seedHash IS NOT NULL REMOVE n.knownFrom, n.withdrawnKnownFrom, n.breachedKnownFrom
         WITH count(*) AS c MATCH ()-[r]->() WHERE r.seedHash IS NOT NULL REMOVE r.knownFrom`,
        {},
        { database },
      );
      expect(await graphDigest()).not.toEqual(stamped);
      await backfillKnown(driver, database);
      expect(await graphDigest()).toEqual(stamped);
      // A second run finds nothing to do.
      const res = await driver.executeQuery(
        `MATCH (n:Entity) WHERE n.knownFrom IS NULL AND NOT n:Evidence
           AND EXISTS { (n)-[:EVIDENCED_BY]->(:Evidence)-[:FROM_SOURCE]->(:Source) } RETURN count(n) AS n`,
        {},
        { database },
      );
      expect(res.records[0]!.get('n')).toBe(0);
      await backfillKnown(driver, database);
      expect(await graphDigest()).toEqual(stamped);
    } finally {
      await driver.close();
    }
  });

  it('the status list with knownAsOf stays cheap (well under the transaction timeout)', async () => {
    const time = async (known: string | null) => {
      await overdue('2018-02-15', known); // planned and cached first
      const t0 = performance.now();
      for (let i = 0; i < 5; i++) await overdue('2018-02-15', known);
      return (performance.now() - t0) / 5;
    };
    const plain = await time(null);
    const known = await time('2018-03-01');
    console.log(
      `overdue list, mean of 5 over HTTP: ${plain.toFixed(0)} ms as the graph stands, ${known.toFixed(0)} ms with knownAsOf`,
    );
    // The 10 s transaction timeout is far away; the stamps make this one property read per link.
    expect(known).toBeLessThan(1_000);
  });

  it('a knownAsOf that is not a day is BAD_USER_INPUT, on the field and on the list', async () => {
    const r = await gqlAs(undefined, STATUS, { key: REVISED, asOf: '2018-02-01', known: '2018-02-30' });
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const list = await gqlAs(undefined, OVERDUE, { asOf: '2018-02-01', known: '2018-13-01' });
    expect(list.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const far = await gqlAs(undefined, OVERDUE, { asOf: '2018-02-01', known: '1700-01-01' });
    expect(far.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(far.errors![0]!.message).toMatch(/knownAsOf/);
  });
});
