// npm run bench -- ... --keep leaves the bench Neo4j up; then
//   tsx bench/profile.ts [--runs 30]
// captures the exact Cypher (and parameters) that src/db/*.ts sends for the benchmark's
// operations, PROFILEs it (db hits, rows, operators), and times it against candidate rewrites,
// sequentially, median of --runs. Nothing in src/ is changed: the rewrites are strings here.
import neo4j, { type Driver } from 'neo4j-driver';
import { listActors } from '../src/db/actors.js';
import type { Database } from '../src/db/driver.js';
import { BARE, nodesByIds, type LinkQuery } from '../src/db/projection.js';
import { nodeParams, NODE } from '../src/db/values.js';
import { listRequests } from '../src/db/events.js';
import { search } from '../src/db/graph.js';
import { listObligations, STATUS_AS_OF } from '../src/db/obligations.js';
import { DATABASE, running } from './instance.js';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 30) || 30;
const bodyKey = args.includes('--seed') ? 'powys-county-council' : 'x-council-0001';

interface Captured {
  cypher: string;
  params: Record<string, unknown>;
}
/** A Database that records what it is asked instead of asking Neo4j. */
function capture(): { db: Database; got: Captured[] } {
  const got: Captured[] = [];
  const db = {
    roundTrips: 0,
    read: async (cypher: string, params: Record<string, unknown> = {}) => {
      got.push({ cypher, params });
      return [{ total: 0, nodes: [], id: 'x', links: [] }];
    },
  } as unknown as Database;
  return { db, got };
}

async function profile(driver: Driver, c: Captured): Promise<string> {
  const res = await driver.executeQuery(`PROFILE ${c.cypher}`, c.params, {
    database: DATABASE,
    routing: neo4j.routing.READ,
  });
  const plan = res.summary.profile;
  if (!plan) return '(no profile)';
  const lines: string[] = [];
  let hits = 0;
  const walk = (p: typeof plan, depth: number) => {
    if (!p) return;
    hits += p.dbHits;
    const detail = String((p.arguments as Record<string, unknown>)?.Details ?? '').slice(0, 110);
    lines.push(
      `${'  '.repeat(depth)}${p.operatorType} rows=${p.rows} dbHits=${p.dbHits}${detail ? `  ${detail}` : ''}`,
    );
    for (const ch of p.children) walk(ch, depth + 1);
  };
  walk(plan, 0);
  return `total dbHits ${hits}\n${lines.join('\n')}`;
}

async function time(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
): Promise<{ median: number; rows: number }> {
  const t: number[] = [];
  let rows = 0;
  for (let i = 0; i < 3; i++)
    await driver.executeQuery(cypher, params, { database: DATABASE, routing: neo4j.routing.READ });
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    const r = await driver.executeQuery(cypher, params, { database: DATABASE, routing: neo4j.routing.READ });
    t.push(performance.now() - s);
    rows = r.records.length;
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)]!, rows };
}

const inst = await running();
if (!inst) {
  console.error('bench-profile: no bench Neo4j is running; run npm run bench -- --scales 1m --keep first');
  process.exit(2);
}
const driver = neo4j.driver(inst.boltUri, neo4j.auth.basic(inst.username, inst.password), {
  disableLosslessIntegers: true,
});
const asOf = new neo4j.types.Date(2018, 3, 1);

const cases: { name: string; before: () => Promise<Captured>; after: (b: Captured) => Captured[] }[] = [
  {
    name: 'bodyObligations: listObligations({bearer})',
    before: async () => {
      const { db, got } = capture();
      await listObligations(
        db,
        { bearer: bodyKey, asOf: '2018-03-01', descending: false },
        { offset: 0, first: 20, withTotal: true },
      );
      return got[0]!;
    },
    after: (b) => [
      {
        // Anchor on the bearer (unique-index seek) instead of scanning every Obligation with EXISTS.
        cypher: `CALL () { MATCH (:Entity {id: $bearer})-[:BEARS]->(n:Obligation) RETURN count(n) AS total }
     CALL () { MATCH (:Entity {id: $bearer})-[:BEARS]->(n:Obligation) WITH n ORDER BY n.dueLatest IS NULL, n.dueLatest, n.id SKIP $offset LIMIT $first RETURN collect(${NODE}) AS nodes }
     RETURN total, nodes`,
        params: b.params,
      },
    ],
  },
  {
    name: 'overdue: listObligations({statuses:[OVERDUE], asOf})',
    before: async () => {
      const { db, got } = capture();
      await listObligations(
        db,
        { statuses: ['OVERDUE'], asOf: '2018-03-01', descending: false },
        { offset: 0, first: 20, withTotal: true },
      );
      return got[0]!;
    },
    after: (b) => {
      // OVERDUE implies dueLatest < asOf: a range seek on obligation_due before the status rule.
      const m = `MATCH (n:Obligation) WHERE n.dueLatest < $asOf AND ${STATUS_AS_OF} IN $statuses`;
      return [
        {
          cypher: `CALL () { ${m} RETURN count(n) AS total }
     CALL () { ${m} WITH n ORDER BY n.dueLatest IS NULL, n.dueLatest, n.id SKIP $offset LIMIT $first RETURN collect(${NODE}) AS nodes }
     RETURN total, nodes`,
          params: b.params,
        },
        {
          // ... and the rule evaluated once per obligation (one MATCH, count and page from it).
          cypher: `MATCH (n:Obligation) WHERE n.dueLatest < $asOf AND ${STATUS_AS_OF} IN $statuses
     WITH n ORDER BY n.dueLatest IS NULL, n.dueLatest, n.id
     WITH collect(n) AS found
     RETURN size(found) AS total, [n IN found[$offset..$offset + $first] | ${NODE}] AS nodes`,
          params: b.params,
        },
      ];
    },
  },
  {
    name: 'actorsPage: listActors({labels:[Person]}, first 100)',
    before: async () => {
      const { db, got } = capture();
      await listActors(db, { labels: ['Person'], descending: false }, { offset: 0, first: 100, withTotal: true });
      return got[0]!;
    },
    after: (b) => [
      {
        // The label itself (fixed strings from the model) rather than any(labels(n)) over all Actors.
        cypher: `CALL () { MATCH (n:Person) RETURN count(n) AS total }
     CALL () { MATCH (n:Person) WITH n ORDER BY n.name, n.id SKIP $offset LIMIT $first RETURN collect(${NODE}) AS nodes }
     RETURN total, nodes`,
        params: b.params,
      },
    ],
  },
  {
    name: 'requests: listRequests({})',
    before: async () => {
      const { db, got } = capture();
      await listRequests(db, { descending: false }, { offset: 0, first: 20, withTotal: true });
      return got[0]!;
    },
    after: (b) => [
      {
        // No filters given: no per-row filter predicates, count from the count store.
        cypher: `CALL () { MATCH (n:Request) RETURN count(n) AS total }
     CALL () { MATCH (n:Request) WITH n ORDER BY n.dateEarliest, n.id SKIP $offset LIMIT $first RETURN collect(${NODE}) AS nodes }
     RETURN total, nodes`,
        params: b.params,
      },
    ],
  },
  {
    name: 'search: search(text)',
    before: async () => {
      const { db, got } = capture();
      await search(db, 'Abertrebrook', null, 20);
      return got[0]!;
    },
    after: () => [],
  },
  {
    name: 'links: HAS_TENURE out for 100 people (N+1 level 1)',
    before: async () => {
      const ids = (
        await driver.executeQuery(
          'MATCH (n:Person) RETURN n.id AS id ORDER BY n.name, n.id LIMIT 100',
          {},
          { database: DATABASE },
        )
      ).records.map((r) => r.get('id') as string);
      const { db, got } = capture();
      const tenures: LinkQuery = {
        source: { kind: 'follow', relations: [{ rel: 'HAS_TENURE', dir: 'out' }] },
        limit: 5,
      };
      await nodesByIds(db, ids, {
        ...BARE,
        links: [{ ...tenures, key: 'tenures', relProps: [], relRefs: [], node: BARE }],
      });
      return got[0]!;
    },
    after: () => [],
  },
];

for (const c of cases) {
  const b = await c.before();
  if (c.name.startsWith('search')) {
    const name = (
      await driver.executeQuery(
        `MATCH (n:Entity {id: $id}) RETURN n.name AS name`,
        { id: bodyKey },
        { database: DATABASE },
      )
    ).records[0]?.get('name') as string;
    b.params.query = `${name.split(' ')[0]} ${name.split(' ')[0]}*`;
    b.params.exact = name.split(' ')[0]!.toLowerCase();
  }
  b.params = { ...nodeParams, ...b.params };
  if ('asOf' in b.params && typeof b.params.asOf !== 'object') b.params.asOf = asOf;
  console.log(`\n=== ${c.name}`);
  console.log(`--- before (src/db as is):\n${b.cypher.replace(/\s+/g, ' ').slice(0, 400)}`);
  console.log(await profile(driver, b));
  const tb = await time(driver, b.cypher, b.params);
  console.log(`before: median ${tb.median.toFixed(2)} ms over ${runs} sequential runs`);
  for (const [i, a] of c.after(b).entries()) {
    console.log(`--- after #${i + 1}:\n${a.cypher.replace(/\s+/g, ' ').slice(0, 400)}`);
    console.log(await profile(driver, a));
    const ta = await time(driver, a.cypher, a.params);
    console.log(
      `after #${i + 1}: median ${ta.median.toFixed(2)} ms (before ${tb.median.toFixed(2)} ms: ${(tb.median / ta.median).toFixed(1)}x)`,
    );
  }
}
await driver.close();
