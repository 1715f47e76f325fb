// Every list filter that names an entity, over HTTP: it takes the entity's global id or its key
// and both give the same answer, which is what the graph holds (read here with Cypher); a value
// that names nothing is NOT_FOUND and one that names the wrong kind of entity is BAD_USER_INPUT,
// with the argument in `extensions.field`.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherRows, globalId, gql, testDriver } from './helpers.js';

interface NamedFilter {
  list: string;
  argument: string;
  /**
   * Cypher binding `a` (an entity the filter may name) and `n` (an item of the list it selects);
   * the test picks the `a` with the most items.
   */
  pattern: string;
  /** The key of an entity of a kind the filter does not take. */
  wrongKey: string;
}

const FILTERS: NamedFilter[] = [
  {
    list: 'obligations',
    argument: 'bearer',
    pattern: 'MATCH (a)-[:BEARS]->(n:Obligation)',
    wrongKey: 'figure-three-months',
  },
  {
    list: 'obligations',
    argument: 'imposedBy',
    pattern: 'MATCH (a)-[:IMPOSED]->(n:Obligation)',
    wrongKey: 'figure-three-months',
  },
  {
    list: 'obligations',
    argument: 'imposingDocument',
    pattern: 'MATCH (a)-[:IMPOSES]->(n:Obligation)',
    wrongKey: 'powys-county-council',
  },
  {
    list: 'documents',
    argument: 'issuedBy',
    pattern: 'MATCH (a)-[:ISSUED]->(n:Document)',
    wrongKey: 'figure-three-months',
  },
  {
    list: 'events',
    argument: 'participant',
    pattern: 'MATCH (a:Actor), (n:Event) WHERE (a)-[:MADE|ATTENDED|CARRIED_OUT]->(n) OR (n)-[:ADDRESSED_TO]->(a)',
    wrongKey: 'figure-three-months',
  },
  {
    list: 'requests',
    argument: 'requester',
    pattern: 'MATCH (a)-[:MADE]->(n:Request)',
    wrongKey: 'figure-three-months',
  },
  {
    list: 'requests',
    argument: 'addressee',
    pattern: 'MATCH (n:Request)-[:ADDRESSED_TO]->(a)',
    wrongKey: 'figure-three-months',
  },
  {
    list: 'findings',
    argument: 'statedBy',
    pattern: 'MATCH (a)-[:STATES]->(n:Finding)',
    wrongKey: 'figure-three-months',
  },
  { list: 'findings', argument: 'concerns', pattern: 'MATCH (n:Finding)-[:CONCERNS]->(a)', wrongKey: 's000' },
  {
    list: 'initiatives',
    argument: 'developer',
    pattern: 'MATCH (a)-[:DEVELOPS]->(n:Initiative)',
    wrongKey: 'figure-three-months',
  },
  {
    list: 'consequences',
    argument: 'threatenedBy',
    pattern: 'MATCH (a)-[:THREATENS]->(n:Consequence)',
    wrongKey: 'figure-three-months',
  },
  { list: 'posts', argument: 'organisation', pattern: 'MATCH (n:Post)-[:POST_IN]->(a)', wrongKey: 'rosemarie-harris' },
  {
    list: 'tenures',
    argument: 'person',
    pattern: 'MATCH (a)-[:HAS_TENURE]->(n:Tenure)',
    wrongKey: 'powys-county-council',
  },
  { list: 'tenures', argument: 'post', pattern: 'MATCH (n:Tenure)-[:IN_POST]->(a)', wrongKey: 'rosemarie-harris' },
  {
    list: 'provisions',
    argument: 'legislation',
    pattern: 'MATCH (n:Provision)-[:PART_OF]->(a)',
    wrongKey: 'power-statutory-support',
  },
  {
    list: 'purposes',
    argument: 'pursuedBy',
    pattern: 'MATCH (a)-[:PURSUES]->(n:Purpose)',
    wrongKey: 'figure-three-months',
  },
  { list: 'purposes', argument: 'concerns', pattern: 'MATCH (n:Purpose)-[:CONCERNS]->(a)', wrongKey: 's000' },
  { list: 'powers', argument: 'heldBy', pattern: 'MATCH (n:Power)-[:HELD_BY]->(a)', wrongKey: 'figure-three-months' },
];

const FAMILIES = ['Entity', 'Actor', 'Document', 'Event'];

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

const cypher = (query: string, params: Record<string, unknown> = {}) => cypherRows(driver, query, params);

/** The entity the filter can name with the most items, its type, and those items' keys. */
async function sample(f: NamedFilter): Promise<{ key: string; type: string; expected: string[] }> {
  const [row] = await cypher(
    `${f.pattern}
     WITH a, collect(DISTINCT n.id) AS expected
     RETURN a.id AS key, [l IN labels(a) WHERE NOT l IN $families][0] AS type, expected
     ORDER BY size(expected) DESC, key LIMIT 1`,
    { families: FAMILIES },
  );
  expect(row, `${f.list}.${f.argument}: the seed holds an entity to name`).toBeDefined();
  return row as { key: string; type: string; expected: string[] };
}

const query = (f: NamedFilter) =>
  `query Q($v: ID) { ${f.list}(filter: { ${f.argument}: $v }, first: 100) { totalCount edges { node { key } } } }`;

async function listed(f: NamedFilter, value: string) {
  const r = await gql(query(f), { v: value });
  return {
    ...r,
    keys: r.data ? (r.data[f.list].edges as { node: { key: string } }[]).map((e) => e.node.key).sort() : undefined,
  };
}

describe('filters that name an entity take its global id or its key', () => {
  it.each(FILTERS)(
    '$list(filter: { $argument }) answers the same for the id and the key, as the graph holds',
    async (f) => {
      const { key, type, expected } = await sample(f);
      const byKey = await listed(f, key);
      const byId = await listed(f, globalId(type, key));
      expect(byKey.errors).toBeUndefined();
      expect(byId.errors).toBeUndefined();
      expect(byKey.keys).toEqual([...expected].sort());
      expect(byId.keys).toEqual(byKey.keys);
      expect(byKey.data![f.list].totalCount).toBe(expected.length);
    },
  );

  it.each(FILTERS)('$list(filter: { $argument }) with a key or id that names nothing is NOT_FOUND', async (f) => {
    const { type } = await sample(f);
    for (const value of ['no-such-entity-anywhere', globalId(type, 'no-such-entity-anywhere')]) {
      const r = await listed(f, value);
      expect(r.data).toBeNull();
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: `filter.${f.argument}` });
      expect(r.errors?.[0]?.message).toMatch(/names nothing/);
    }
  });

  it.each(FILTERS)(
    '$list(filter: { $argument }) with the key or id of the wrong kind of entity is BAD_USER_INPUT',
    async (f) => {
      const [row] = await cypher(
        `MATCH (a:Entity {id: $key}) RETURN [l IN labels(a) WHERE NOT l IN $families][0] AS type`,
        {
          key: f.wrongKey,
          families: FAMILIES,
        },
      );
      for (const value of [f.wrongKey, globalId(row!.type, f.wrongKey), 's000', globalId('Source', 's000')]) {
        const r = await listed(f, value);
        expect(r.data, value).toBeNull();
        expect(r.errors?.[0]?.extensions, value).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: `filter.${f.argument}`,
        });
        expect(r.errors?.[0]?.message, value).toMatch(/must name .+, not an? \w+\./);
      }
    },
  );

  it('combines a named filter with other filters and keeps them apart', async () => {
    // Two named filters at once: the bearer by key, the imposer by id; the imposer decides.
    const [row] = await cypher(
      `MATCH (b)-[:BEARS]->(o:Obligation)<-[:IMPOSED]-(i)
       WITH b, i, collect(o.id) AS both
       RETURN b.id AS bearer, i.id AS imposer, [l IN labels(i) WHERE NOT l IN $families][0] AS type, both
       ORDER BY size(both) DESC LIMIT 1`,
      { families: FAMILIES },
    );
    const r = await gql(
      `query Q($b: ID, $i: ID) { obligations(filter: { bearer: $b, imposedBy: $i }, first: 100) { edges { node { key } } } }`,
      { b: row!.bearer, i: globalId(row!.type, row!.imposer) },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.obligations.edges.map((e: any) => e.node.key).sort()).toEqual([...row!.both].sort());
    // A well-formed key that names nothing in the second filter fails even though the first matches.
    const bad = await gql(
      `query Q($b: ID, $i: ID) { obligations(filter: { bearer: $b, imposedBy: $i }) { totalCount } }`,
      {
        b: row!.bearer,
        i: 'nobody-imposed-this',
      },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'filter.imposedBy' });
  });

  it('refuses a value that is neither an id nor a plausible key, without a database round trip', async () => {
    const r = await gql(`query Q($v: ID) { obligations(filter: { bearer: $v }) { totalCount } }`, {
      v: 'x'.repeat(201),
    });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.bearer' });
    expect(r.extensions?.neo4jRoundTrips ?? 0).toBe(0);
  });

  it("checks the named entities in the list's own round trip", async () => {
    const r = await gql(
      `{ obligations(filter: { bearer: "powys-county-council" }, first: 2) { totalCount edges { node { key } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.obligations.totalCount).toBeGreaterThan(0);
    expect(r.extensions?.neo4jRoundTrips).toBe(1);
  });
});
