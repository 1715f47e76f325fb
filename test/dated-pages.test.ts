// Dated lists are read in the order of their date index, with the undated nodes fetched only when
// the dated ones do not fill the page (src/db/pages.ts datedPage), and the total of an unfiltered
// list (people and organisations too) comes from the count store (labelCount). Checked against
// the order DateSort promises, on nodes of a label of their own, with and without the index, at
// every page boundary.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Database } from '../src/db/driver.js';
import { listObligations, STATUS_AS_OF } from '../src/db/obligations.js';
import { datedPage, labelCount, type Window } from '../src/db/pages.js';
import { neoDate } from '../src/db/status.js';
import { cypherRows, gqlOk, testDriver } from './helpers.js';

const LABEL = 'DatedPageProbe';
let driver: Driver;
let db: Database;

// Twelve dated nodes (two pairs share a day, so ties go by key) and five undated, one retracted.
const probes = [
  ...['2018-03-01', '2017-11-20', '2018-03-01', '2016-01-05', '2019-07-31', '2017-11-20'].flatMap((day, i) => [
    { id: `p-d${i}a`, day },
    { id: `p-d${i}b`, day: `20${10 + i}-06-15` },
  ]),
  ...[0, 1, 2, 3, 4].map((i) => ({ id: `p-u${i}`, day: null })),
];
const RETRACTED = 'p-d2b';

interface Sent {
  cypher: string;
  params: Record<string, unknown>;
}

/** A Database that keeps every statement it sends, in order. */
function recording(): { db: Database; sent: Sent[] } {
  const sent: Sent[] = [];
  const db = new Database(driver, inject('neo4jDatabase'), 10_000);
  const read = db.read.bind(db);
  db.read = ((cypher: string, params: Record<string, unknown>) => {
    sent.push({ cypher, params });
    return read(cypher, params);
  }) as typeof db.read;
  return { db, sent };
}

/** Every operator of a statement's plan, with its details. */
async function planOf(mode: 'PROFILE' | 'EXPLAIN', { cypher, params }: Sent) {
  const session = driver.session({ database: inject('neo4jDatabase') });
  try {
    const res = await session.run(`${mode} ${cypher}`, params);
    const operators: { type: string; details: string }[] = [];
    const walk = (p: { operatorType: string; arguments: { Details?: string }; children: unknown[] }) => {
      operators.push({ type: p.operatorType.replace(/@.*/, ''), details: p.arguments.Details ?? '' });
      for (const c of p.children) walk(c as typeof p);
    };
    walk((mode === 'PROFILE' ? res.summary.profile : res.summary.plan) as never);
    return operators;
  } finally {
    await session.close();
  }
}

/** The order DateSort promises: by day either way, then key A to Z, undated last both ways. */
function expected(descending: boolean): string[] {
  const live = probes.filter((p) => p.id !== RETRACTED);
  const dated = live
    .filter((p) => p.day)
    .sort((a, b) => (a.day === b.day ? a.id.localeCompare(b.id) : a.day! < b.day! !== descending ? -1 : 1));
  const undated = live.filter((p) => !p.day).sort((a, b) => a.id.localeCompare(b.id));
  return [...dated, ...undated].map((p) => p.id);
}

beforeAll(async () => {
  driver = testDriver();
  db = new Database(driver, inject('neo4jDatabase'), 10_000);
  await cypherRows(
    driver,
    `UNWIND $probes AS p CREATE (n:${LABEL} {id: p.id}) SET n.day = CASE WHEN p.day IS NULL THEN null ELSE date(p.day) END`,
    { probes },
  );
  await cypherRows(driver, `MATCH (n:${LABEL} {id: $id}) SET n:Retracted`, { id: RETRACTED });
});
afterAll(async () => {
  await cypherRows(driver, `MATCH (n:${LABEL}) DETACH DELETE n`);
  await cypherRows(driver, `DROP INDEX dated_page_probe IF EXISTS`);
  await driver.close();
});

async function readAll(descending: boolean, first: number): Promise<{ keys: string[]; totals: (number | null)[] }> {
  const keys: string[] = [];
  const totals: (number | null)[] = [];
  for (let offset = 0; offset < 40; offset += first) {
    const w: Window = { offset, first, withTotal: true };
    const p = await datedPage(
      db,
      `MATCH (n:${LABEL}) WHERE NOT n:Retracted`,
      'n.day',
      descending,
      {},
      w,
      labelCount(LABEL),
    );
    keys.push(...p.nodes.map((n) => n.id));
    totals.push(p.total);
    if (!p.hasMore) break;
  }
  return { keys, totals };
}

describe('a dated page', () => {
  for (const indexed of [false, true]) {
    it.each([
      { descending: false, first: 1 },
      { descending: false, first: 5 },
      { descending: true, first: 4 },
      { descending: true, first: 100 },
    ])(`${indexed ? 'with' : 'without'} a date index, descending $descending, pages of $first`, async (c) => {
      if (indexed) {
        await cypherRows(driver, `CREATE INDEX dated_page_probe IF NOT EXISTS FOR (n:${LABEL}) ON (n.day)`);
        await cypherRows(driver, 'CALL db.awaitIndexes(60)');
      }
      const { keys, totals } = await readAll(c.descending, c.first);
      expect(keys).toEqual(expected(c.descending));
      // The count store's total leaves out the retracted node, as counting the matches does.
      expect(new Set(totals)).toEqual(new Set([probes.length - 1]));
    });
  }

  it('is read from the date index, sorting only the page (PROFILE)', async () => {
    await cypherRows(driver, `CREATE INDEX dated_page_probe IF NOT EXISTS FOR (n:${LABEL}) ON (n.day)`);
    await cypherRows(driver, 'CALL db.awaitIndexes(60)');
    // What datedPage sends, with the dated nodes filling the page: no label scan, no full sort.
    const { db: spy, sent } = recording();
    const w: Window = { offset: 0, first: 3, withTotal: true };
    await datedPage(spy, `MATCH (n:${LABEL}) WHERE NOT n:Retracted`, 'n.day', false, {}, w, labelCount(LABEL));
    const operators = (await planOf('PROFILE', sent[0]!)).map((o) => o.type);
    expect(operators).toContain('NodeIndexScan');
    expect(operators).not.toContain('NodeByLabelScan');
    expect(operators).not.toContain('Sort');
  });

  it("reads the overdue list in the (dueLatest, id) index's order and stops at the page (EXPLAIN)", async () => {
    // Read from the due-day index alone, a page had to take in every obligation due on its last
    // item's day and sort them: more of them per day the larger the graph (BENCHMARKS.md).
    const { db: spy, sent } = recording();
    const found = await listObligations(
      spy,
      { statuses: ['OVERDUE'], asOf: '2018-03-01', descending: false },
      { offset: 0, first: 20, withTotal: false },
    );
    const operators = await planOf('EXPLAIN', sent[0]!);
    expect(
      operators.some(
        (o) => o.type === 'NodeIndexSeek' && o.details.startsWith('RANGE INDEX n:Obligation(dueLatest, id)'),
      ),
    ).toBe(true);
    expect(operators.some((o) => ['Sort', 'Top', 'PartialSort', 'PartialTop'].includes(o.type))).toBe(false);
    // The same obligations, in the same order, as the rule and the order alone give.
    const rows = await cypherRows(
      driver,
      `MATCH (n:Obligation) WHERE NOT n:Retracted AND ${STATUS_AS_OF} = 'OVERDUE'
       RETURN n.id AS id ORDER BY n.dueLatest, n.id LIMIT 20`,
      { asOf: neoDate('2018-03-01') },
    );
    expect(found.nodes.map((n) => n.id)).toEqual(rows.map((r) => r.id));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('serves the requests, events and documents lists in the order and totals they had', async () => {
    for (const list of ['requests', 'events', 'documents']) {
      const [row] = await cypherRows(
        driver,
        `MATCH (n:${{ requests: 'Request', events: 'Event', documents: 'Document' }[list]}) WHERE NOT n:Retracted RETURN count(n) AS total`,
      );
      const data = await gqlOk(`{ ${list}(first: 100) { totalCount edges { node { key } } } }`);
      expect(data[list].totalCount).toBe(row!.total);
      expect(data[list].edges.length).toBe(Math.min(100, row!.total as number));
    }
  });

  it('counts people and organisations from the count store, a retracted one left out', async () => {
    // A retracted person written as the write path leaves one: its labels, a name, Retracted.
    await cypherRows(
      driver,
      `CREATE (:Entity:Actor:Person:Retracted {id: 'probe-retracted-person', name: 'Probe Person'})`,
    );
    try {
      for (const [list, label] of [
        ['people', 'Person'],
        ['organisations', 'Organisation'],
      ] as const) {
        const [row] = await cypherRows(
          driver,
          `MATCH (n:${label}) WHERE n.name IS NOT NULL AND NOT n:Retracted RETURN count(n) AS total`,
        );
        const data = await gqlOk(`{ ${list}(first: 5) { totalCount } }`);
        expect(data[list].totalCount, list).toBe(row!.total);
      }
    } finally {
      await cypherRows(driver, `MATCH (n {id: 'probe-retracted-person'}) DETACH DELETE n`);
    }
  });
});
