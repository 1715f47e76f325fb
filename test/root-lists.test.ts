// The root lists of every kind of entity, over HTTP against the seeded database: each lists every
// entity of its type (as Cypher counts them), pages, and filters by kind and by day; the type enums
// agree with the model; and every date sort orders as its description says.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enumValueOfType, familyTypes, nodeTypeNames } from '../src/model.js';
import { cypherRows, gql, gqlOk, testDriver } from './helpers.js';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

const cypher = (query: string, params: Record<string, unknown> = {}) => cypherRows(driver, query, params);

const LISTS = [
  { field: 'findings', type: 'Finding' },
  { field: 'figures', type: 'Figure' },
  { field: 'initiatives', type: 'Initiative' },
  { field: 'consequences', type: 'Consequence' },
  { field: 'posts', type: 'Post' },
  { field: 'tenures', type: 'Tenure' },
  { field: 'legislation', type: 'Legislation' },
  { field: 'provisions', type: 'Provision' },
  { field: 'powers', type: 'Power' },
  { field: 'purposes', type: 'Purpose' },
];

describe('a root list for every kind of entity', () => {
  it.each(LISTS)('$field lists every $type, by name then key, in pages', async ({ field, type }) => {
    const [row] = await cypher(`MATCH (n:${type}) RETURN collect(n.id) AS keys`);
    const keys = row!.keys as string[];
    expect(keys.length).toBeGreaterThan(0);
    const all = await gqlOk(`{ ${field}(first: 100) { totalCount edges { node { __typename key name } } } }`);
    const nodes = all[field].edges.map((e: any) => e.node);
    expect(all[field].totalCount).toBe(keys.length);
    expect(nodes.map((n: any) => n.key).sort()).toEqual([...keys].sort());
    expect(new Set(nodes.map((n: any) => n.__typename))).toEqual(new Set([type]));
    if (field !== 'tenures') {
      const byName = [...nodes].sort((a: any, b: any) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : a.key < b.key ? -1 : 1,
      );
      expect(nodes).toEqual(byName);
    }
    // Pages of one follow each other through the cursors and add up to the whole list.
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i <= keys.length; i++) {
      const page: any = await gqlOk(
        `query P($a: String) { ${field}(first: 1, after: $a) { edges { node { key } } pageInfo { hasNextPage endCursor } } }`,
        { a: after },
      );
      paged.push(...page[field].edges.map((e: any) => e.node.key));
      if (!page[field].pageInfo.hasNextPage) break;
      after = page[field].pageInfo.endCursor;
    }
    expect(paged).toEqual(nodes.map((n: any) => n.key));
  });

  it.each([
    { field: 'findings', type: 'Finding' },
    { field: 'figures', type: 'Figure' },
    { field: 'initiatives', type: 'Initiative' },
    { field: 'legislation', type: 'Legislation' },
  ])('$field filters by kind', async ({ field, type }) => {
    const rows = await cypher(`MATCH (n:${type}) RETURN n.kind AS kind, collect(n.id) AS keys`);
    expect(rows.length).toBeGreaterThan(1);
    for (const { kind, keys } of rows) {
      const data = await gqlOk(
        `{ ${field}(filter: { kinds: [${kind}] }, first: 100) { totalCount edges { node { key kind } } } }`,
      );
      expect(data[field].edges.map((e: any) => e.node.key).sort()).toEqual([...(keys as string[])].sort());
      expect(data[field].totalCount).toBe((keys as string[]).length);
    }
  });

  it("fetches what a page asks below its nodes in the list's own round trip", async () => {
    const r = await gql(
      `{ findings(first: 5) { edges { node { key statedBy { node { key } } concerns { node { key } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.findings.edges.some((e: any) => e.node.statedBy.length > 0)).toBe(true);
    expect(r.extensions?.neo4jRoundTrips).toBe(1);
  });
});

describe('tenures held on a day', () => {
  // A tenure with known bounds (the seed's tenures have at most a latest start): started some day
  // in January 2016, ended some day in June 2016. Removed again afterwards.
  const KEY = 'test-tenure-held-on';
  beforeAll(async () => {
    await cypher(
      `MATCH (p:Person {id: 'rosemarie-harris'}), (post:Post {id: 'post-pcc-leader'})
       CREATE (t:Entity:Tenure {id: $key, name: 'Test tenure with known bounds', startPrecision: 'MONTH', startValue: '2016-01',
         startEarliest: date('2016-01-01'), startLatest: date('2016-01-31'), endPrecision: 'MONTH', endValue: '2016-06',
         endEarliest: date('2016-06-01'), endLatest: date('2016-06-30')})
       CREATE (p)-[:HAS_TENURE]->(t)-[:IN_POST]->(post)`,
      { key: KEY },
    );
  });
  afterAll(async () => {
    await cypher('MATCH (t:Tenure {id: $key}) DETACH DELETE t', { key: KEY });
  });

  it.each([
    { day: '2015-12-31', held: false, why: 'before the earliest possible start' },
    { day: '2016-01-15', held: true, why: 'within the month it may have started in' },
    { day: '2016-06-30', held: true, why: 'on the latest possible end' },
    { day: '2016-07-01', held: false, why: 'after the latest possible end' },
  ])('on $day: held is $held ($why); tenures with unknown bounds are never ruled out', async ({ day, held }) => {
    const data = await gqlOk(
      `query T($d: LocalDate) { tenures(filter: { post: "post-pcc-leader", heldOn: $d }) { edges { node { key } } } }`,
      { d: day },
    );
    const keys = data.tenures.edges.map((e: any) => e.node.key);
    expect(keys.includes(KEY)).toBe(held);
    // The seed's own tenure of the post has no known start or end: no day rules it out.
    expect(keys).toContain('tenure-harris-leader');
  });

  it('refuses a day out of range', async () => {
    const r = await gql(`{ tenures(filter: { heldOn: "1700-01-01" }) { totalCount } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.heldOn' });
  });
});

describe('type enums', () => {
  async function enumValues(name: string): Promise<string[]> {
    const data = await gqlOk(`query E($n: String!) { __type(name: $n) { enumValues { name description } } }`, {
      n: name,
    });
    return data.__type.enumValues.map((v: any) => v.name);
  }

  it('EntityType lists every entity type of the model, as the Entity interface does', async () => {
    const entityTypes = nodeTypeNames.filter((t) => t !== 'Source' && t !== 'Evidence');
    expect((await enumValues('EntityType')).sort()).toEqual(entityTypes.map(enumValueOfType).sort());
    const data = await gqlOk(`{ __type(name: "Entity") { possibleTypes { name } } }`);
    expect(data.__type.possibleTypes.map((t: any) => t.name).sort()).toEqual([...entityTypes].sort());
  });

  it('DocumentType and EventType list the document and event types of the model, in SCREAMING_SNAKE_CASE', async () => {
    expect((await enumValues('DocumentType')).sort()).toEqual(familyTypes('Document').map(enumValueOfType).sort());
    expect((await enumValues('EventType')).sort()).toEqual(familyTypes('Event').map(enumValueOfType).sort());
    expect(enumValueOfType('InspectionReport')).toBe('INSPECTION_REPORT');
    expect(enumValueOfType('MonitoringVisit')).toBe('MONITORING_VISIT');
  });

  it('search(types:) and documents(filter: { types }) select by those values', async () => {
    const hits = await gqlOk(`{ search(text: "Powys", types: [ORGANISATION, WARNING_NOTICE], first: 50) { type } }`);
    expect(hits.search.length).toBeGreaterThan(0);
    for (const h of hits.search) expect(['Organisation', 'WarningNotice']).toContain(h.type);
    const docs = await gqlOk(`{ documents(filter: { types: [INSPECTION_REPORT] }) { edges { node { __typename } } } }`);
    expect(docs.documents.edges.length).toBeGreaterThan(0);
    for (const e of docs.documents.edges) expect(e.node.__typename).toBe('InspectionReport');
    const events = await gqlOk(`{ events(filter: { types: [MONITORING_VISIT] }) { edges { node { __typename } } } }`);
    for (const e of events.events.edges) expect(e.node.__typename).toBe('MonitoringVisit');
  });
});

// ---- date sorts: every `sort` enum, checked against its description on the seed ----

interface Dated {
  key: string;
  date: { earliest: string | null; latest: string | null; precision: string } | null;
}

/** The order a description states: by `dayOf`, either way, then key A to Z; undated last both ways. */
function expectOrder(items: Dated[], dayOf: (d: NonNullable<Dated['date']>) => string | null, descending: boolean) {
  const day = (i: Dated) => (i.date ? dayOf(i.date) : null);
  const sorted = [...items].sort((a, b) => {
    const da = day(a);
    const db = day(b);
    if (da === null || db === null) return da === db ? (a.key < b.key ? -1 : 1) : da === null ? 1 : -1;
    if (da !== db) return (da < db ? -1 : 1) * (descending ? -1 : 1);
    return a.key < b.key ? -1 : 1;
  });
  expect(items.map((i) => i.key)).toEqual(sorted.map((i) => i.key));
}

const DATE = 'earliest latest precision';
const SORTS = [
  {
    list: 'obligations',
    sort: 'DUE_ASC',
    node: `key date: dueDate { ${DATE} }`,
    day: (d: any) => d.latest,
    undated: true,
  },
  {
    list: 'obligations',
    sort: 'DUE_DESC',
    node: `key date: dueDate { ${DATE} }`,
    day: (d: any) => d.latest,
    undated: true,
  },
  {
    list: 'documents',
    sort: 'DATE_ASC',
    node: `key date: issued { ${DATE} }`,
    day: (d: any) => d.earliest,
    undated: true,
  },
  {
    list: 'documents',
    sort: 'DATE_DESC',
    node: `key date: issued { ${DATE} }`,
    day: (d: any) => d.earliest,
    undated: true,
  },
  { list: 'events', sort: 'DATE_ASC', node: `key date { ${DATE} }`, day: (d: any) => d.earliest, undated: false },
  { list: 'events', sort: 'DATE_DESC', node: `key date { ${DATE} }`, day: (d: any) => d.earliest, undated: false },
  { list: 'requests', sort: 'DATE_ASC', node: `key date { ${DATE} }`, day: (d: any) => d.earliest, undated: false },
  { list: 'requests', sort: 'DATE_DESC', node: `key date { ${DATE} }`, day: (d: any) => d.earliest, undated: false },
  {
    list: 'tenures',
    sort: 'DATE_ASC',
    node: `key date: start { ${DATE} }`,
    day: (d: any) => d.earliest ?? d.latest,
    undated: true,
  },
  {
    list: 'tenures',
    sort: 'DATE_DESC',
    node: `key date: start { ${DATE} }`,
    day: (d: any) => d.earliest ?? d.latest,
    undated: true,
  },
];

describe('date sorts order as their descriptions say', () => {
  it.each(SORTS)('$list(sort: $sort)', async ({ list, sort, node, day, undated }) => {
    const data = await gqlOk(`{ ${list}(sort: ${sort}, first: 100) { totalCount edges { node { ${node} } } } }`);
    const items: Dated[] = data[list].edges.map((e: any) => e.node);
    expect(items.length).toBe(data[list].totalCount);
    // The seed has fuzzy dates here (a day range, not a single day), so the bound sorted on matters.
    expect(items.some((i) => i.date && i.date.precision !== 'DAY')).toBe(true);
    if (undated) expect(items.some((i) => !i.date || day(i.date) === null)).toBe(true);
    expectOrder(items, day, sort.endsWith('DESC'));
  });

  it('every sort enum of the schema is one of those checked', async () => {
    const data = await gqlOk(`{ __schema { types { name kind enumValues { name } } } }`);
    const sorts = data.__schema.types
      .filter((t: any) => t.kind === 'ENUM' && t.name.endsWith('Sort'))
      .map((t: any) => t.name)
      .sort();
    expect(sorts).toEqual(['ActorSort', 'DateSort', 'ObligationSort']);
    // ActorSort is by name (actors' own tests); the other two are the date sorts above.
    const checked = new Set(SORTS.map((s) => s.sort));
    for (const t of data.__schema.types.filter((x: any) => x.name === 'DateSort' || x.name === 'ObligationSort')) {
      for (const v of t.enumValues) expect(checked.has(v.name)).toBe(true);
    }
  });
});

describe("the README's list example", () => {
  it('answers who held a post on a day and what a report found, by keys alone', async () => {
    const data = await gqlOk(`{
      tenures(filter: { post: "post-pcc-leader", heldOn: "2017-11-20" }) { edges { node { key name start { text latest } } } }
      findings(filter: { statedBy: "cssiw-inspection-report-2017", kinds: [FAILING] }) { totalCount edges { node { key kind } } }
    }`);
    expect(data.tenures.edges.map((e: any) => e.node.key)).toContain('tenure-harris-leader');
    expect(data.findings.totalCount).toBeGreaterThan(0);
    for (const e of data.findings.edges) expect(e.node.kind).toBe('FAILING');
  });
});
