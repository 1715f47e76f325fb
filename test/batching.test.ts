// Round trips to Neo4j grow with the depth of a query, not with the number of items: the same
// two-level query over 1 and over 50 organisations costs the same number of queries. Measured on
// an API with lookahead off, so that every level goes through the DataLoaders; with lookahead the
// whole query is one round trip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApi, testDriver } from './helpers.js';

const driver = testDriver();
const PREFIX = 'zz-batch-';
let loadersOnly: Awaited<ReturnType<typeof startTestApi>>;

beforeAll(async () => {
  loadersOnly = await startTestApi({ lookahead: false });
  // 60 organisations, each with a post held by a person through a tenure, and evidence.
  await driver.executeQuery(
    `UNWIND range(1, 60) AS i
     WITH i, '${PREFIX}' + i AS k
     CREATE (o:Entity:Actor:Organisation {id: k + '-org', name: 'Batch Council ' + i, kind: 'COUNCIL'})
     CREATE (p:Entity:Post {id: k + '-post', name: 'Leader ' + i})
     CREATE (person:Entity:Actor:Person {id: k + '-person', name: 'Batch Person ' + i})
     CREATE (t:Entity:Tenure {id: k + '-tenure', name: 'Tenure ' + i})
     CREATE (p)-[:POST_IN {id: k + '-r1', evidence: []}]->(o)
     CREATE (person)-[:HAS_TENURE {id: k + '-r2', evidence: []}]->(t)
     CREATE (t)-[:IN_POST {id: k + '-r3', evidence: []}]->(p)`,
  );
});

afterAll(async () => {
  await loadersOnly.stop();
  await driver.executeQuery(`MATCH (n:Entity) WHERE n.id STARTS WITH '${PREFIX}' DETACH DELETE n`);
  await driver.close();
});

const QUERY = `query Batch($first: Int!) {
  organisations(first: $first, filter: { nameContains: "Batch Council" }) {
    totalCount
    edges { node { name evidence { quote } posts { node { name holders { node { name holder { node { name } } } } } } } }
  }
}`;

describe('DataLoader batching', () => {
  it('costs the same round trips for 1 item and for 50 at the same depth', async () => {
    const one = await loadersOnly.post(QUERY, { first: 1 });
    const fifty = await loadersOnly.post(QUERY, { first: 50 });
    expect(one.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data!.organisations.edges).toHaveLength(50);
    const names = fifty.data!.organisations.edges.map(
      (e: any) => e.node.posts[0].node.holders[0].node.holder.node.name,
    );
    expect(new Set(names).size).toBe(50);
    const trips1 = one.extensions!.neo4jRoundTrips!;
    const trips50 = fifty.extensions!.neo4jRoundTrips!;
    console.log(`round trips: 1 item -> ${trips1}, 50 items -> ${trips50}`);
    // list + evidence + posts + holders + holder: one query per level and field, whatever the count.
    expect(trips50).toBe(trips1);
    expect(trips50).toBeLessThanOrEqual(5);
  });

  it('with lookahead, answers the same in one round trip', async () => {
    const levelByLevel = await loadersOnly.post(QUERY, { first: 50 });
    const ahead = await gql(QUERY, { first: 50 });
    expect(ahead.data).toEqual(levelByLevel.data);
    expect(ahead.extensions!.neo4jRoundTrips).toBe(1);
  });
});
