// What the projection compiler leaves to Neo4j and what it writes in (src/db/projection.ts): dates
// come as ISO text made by Neo4j, a node whose type the match or the model fixes is not asked for
// its labels, and a list filtered on one status does not work the status rule out twice. Each is
// checked on the statement sent and on the records it gives back, against the seed.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Database } from '../src/db/driver.js';
import { listObligations } from '../src/db/obligations.js';
import { linkKey, type LinkPlan, type NodePlan } from '../src/db/projection.js';
import { cypherRows, testDriver } from './helpers.js';

let driver: Driver;
let db: Database;
let sent: string[];

beforeAll(() => {
  driver = testDriver();
  db = new Database(driver, inject('neo4jDatabase'), 10_000);
  const read = db.read.bind(db);
  db.read = (cypher, params) => {
    sent.push(cypher);
    return read(cypher, params);
  };
});
afterAll(() => driver.close());

const link = (rel: string, dir: 'out' | 'in', node: NodePlan, limit = 10): LinkPlan => {
  const q = { source: { kind: 'follow' as const, relations: [{ rel, dir }] }, limit };
  return { ...q, key: linkKey(q), relProps: [], relRefs: [], node };
};
const plan = (props: string[], links: LinkPlan[] = [], statusAsOf: string[] = []): NodePlan => ({
  props,
  links,
  statusAsOf,
  refs: [],
});

const SOURCE = plan(['name']);
const EVIDENCE = plan(['quote', 'start'], [link('FROM_SOURCE', 'out', SOURCE, 1)]);
const BEARER = plan(['name']);
const OBLIGATION = plan(
  ['action', 'dueLatest'],
  [link('BEARS', 'in', BEARER, 1), link('EVIDENCED_BY', 'out', EVIDENCE)],
);
const window = { offset: 0, first: 50, withTotal: false };

async function obligations(statuses: string[] | undefined, asOf: string, p: NodePlan) {
  sent = [];
  const page = await listObligations(db, { statuses, asOf, descending: false }, { ...window, plan: p });
  expect(sent).toHaveLength(1);
  return { nodes: page.nodes, cypher: sent[0]! };
}

describe('the projection', () => {
  it('reads dates as ISO text made by Neo4j, the same text the records had', async () => {
    const { nodes, cypher } = await obligations(undefined, '2018-03-01', OBLIGATION);
    expect(cypher).toContain('toString(n.dueLatest)');
    const dated = nodes.filter((n) => n.dueLatest !== undefined);
    expect(dated.length).toBeGreaterThan(3);
    const stored = await cypherRows(
      driver,
      'MATCH (n:Obligation) WHERE n.id IN $ids RETURN n.id AS id, n.dueLatest AS d',
      {
        ids: dated.map((n) => n.id),
      },
    );
    const byId = new Map(stored.map((r) => [r.id as string, String(r.d)]));
    for (const n of dated) {
      expect(typeof n.dueLatest).toBe('string');
      expect(n.dueLatest).toBe(byId.get(n.id));
    }
  });

  it('writes in the type of nodes the match or the model fixes, and reads labels where several types may come', async () => {
    const { nodes, cypher } = await obligations(undefined, '2018-03-01', OBLIGATION);
    expect(cypher).toContain("[n.id, 'Obligation'");
    expect(cypher).toContain("'Evidence'");
    expect(cypher).toContain("'Source'");
    // A bearer is an organisation, a person, a post...: its type comes from its labels.
    expect(cypher).toMatch(/MATCH \(n\)<-\[r0:BEARS\]-\(n0\).*\[n0\.id, \[l IN labels\(n0\)/s);
    const withEvidence = nodes.filter((n) => n.__links?.[OBLIGATION.links[1]!.key]?.length);
    expect(withEvidence.length).toBeGreaterThan(3);
    for (const n of nodes) {
      expect(n.__type).toBe('Obligation');
      for (const b of n.__links![OBLIGATION.links[0]!.key]!)
        expect(['Organisation', 'Person', 'Post']).toContain(b.node.__type);
      for (const e of n.__links![OBLIGATION.links[1]!.key]!) {
        expect(e.node.__type).toBe('Evidence');
        for (const s of e.node.__links![EVIDENCE.links[0]!.key]!) expect(s.node.__type).toBe('Source');
      }
    }
    const types = await cypherRows(
      driver,
      `MATCH (b)-[:BEARS]->(n:Obligation) WHERE n.id IN $ids RETURN DISTINCT [l IN labels(b) WHERE NOT l IN ['Entity', 'Actor']][0] AS t`,
      { ids: nodes.map((n) => n.id) },
    );
    const seen = new Set(nodes.flatMap((n) => n.__links![OBLIGATION.links[0]!.key]!.map((b) => b.node.__type)));
    expect([...seen].sort()).toEqual(types.map((r) => r.t as string).sort());
  });

  it('gives a list filtered on one status that status, working the rule out once, as the rule gives it', async () => {
    for (const [status, day] of [
      ['OVERDUE', '2019-01-01'],
      ['OPEN', '2017-12-01'],
    ] as const) {
      const everyStatus = await obligations(undefined, day, plan(['action'], [], [day]));
      const expected = everyStatus.nodes.filter((n) => n.__status?.[day] === status).map((n) => n.id);
      expect(expected.length).toBeGreaterThan(0);

      const filtered = await obligations([status], day, plan(['action'], [], [day]));
      expect(filtered.nodes.map((n) => n.id)).toEqual(expected);
      expect(filtered.nodes.every((n) => n.__status?.[day] === status)).toBe(true);
      expect(filtered.cypher.match(/NOT_YET_IMPOSED/g)).toHaveLength(1);

      // Another day's status is still worked out for each obligation.
      const other = await obligations([status], day, plan(['action'], [], [day, '2030-01-01']));
      expect(other.cypher.match(/NOT_YET_IMPOSED/g)).toHaveLength(2);
      expect(other.nodes.map((n) => [n.id, n.__status?.[day]])).toEqual(expected.map((id) => [id, status]));
      const later = new Map(everyStatus.nodes.map((n) => [n.id, n]));
      const byRule = await obligations(undefined, '2030-01-01', plan(['action'], [], ['2030-01-01']));
      const ruled = new Map(byRule.nodes.map((n) => [n.id, n.__status?.['2030-01-01']]));
      for (const n of other.nodes) {
        expect(later.has(n.id)).toBe(true);
        expect(n.__status?.['2030-01-01']).toBe(ruled.get(n.id));
      }
    }
  });

  it('tests for retraction only links and far ends that can be retracted, and still gives every passage', async () => {
    const { nodes, cypher } = await obligations(undefined, '2018-03-01', OBLIGATION);
    // A bearer link is curated and a bearer may be retracted.
    expect(cypher).toMatch(
      /MATCH \(n\)<-\[r0:BEARS\]-\(n0\) WHERE NOT coalesce\(r0\.retracted, false\) AND NOT n0:Retracted/,
    );
    // Passages and sources stay, and so do the structural links to them.
    expect(cypher).toMatch(/MATCH \(n\)-\[r0:EVIDENCED_BY\]->\(n0\) WITH/);
    expect(cypher).toMatch(/MATCH \(n0\)-\[r1:FROM_SOURCE\]->\(n1\) WITH/);
    const cited = await cypherRows(
      driver,
      `MATCH (n:Obligation)-[:EVIDENCED_BY]->(e:Evidence)-[:FROM_SOURCE]->(s:Source) WHERE n.id IN $ids
       RETURN n.id AS id, e.id AS passage, s.id AS source ORDER BY id, passage`,
      { ids: nodes.map((n) => n.id) },
    );
    expect(cited.length).toBeGreaterThan(3);
    const given = nodes
      .flatMap((n) =>
        n.__links![OBLIGATION.links[1]!.key]!.flatMap((e) =>
          e.node.__links![EVIDENCE.links[0]!.key]!.map((s) => ({ id: n.id, passage: e.node.id, source: s.node.id })),
        ),
      )
      .sort((a, b) => a.id.localeCompare(b.id) || a.passage.localeCompare(b.passage));
    expect(given).toEqual(cited);
  });

  it('refuses a property name that is not a plain name', async () => {
    await expect(obligations(undefined, '2018-03-01', plan(['action', 'x) RETURN 1 //']))).rejects.toThrow(
      /not a property name/,
    );
  });
});
