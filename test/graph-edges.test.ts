// Edges of paths and neighbourhoods are links like any other: inferred, inference, evidence,
// capacity, role, date, and both ends resolved to entities.
import { describe, expect, it } from 'vitest';
import { globalId, gqlOk } from './helpers.js';

const EDGE = `key type inferred inference evidence { quote } role capacity { key } date { text }
  start { id key } end { id key } from to`;

describe('path and neighbourhood edges', () => {
  it('carry the same link fields as the entity pages, inferred edges included', async () => {
    const data = await gqlOk(
      `query N($id: ID!) {
      neighbourhood(id: $id, depth: 1) { nodes { id key } edges { ${EDGE} } }
      entity(key: "huw-irranca-davies") { ... on Person { documentsIssued { node { key } inferred inference } } }
    }`,
      { id: globalId('Person', 'huw-irranca-davies') },
    );
    const edges = data.neighbourhood.edges;
    const ids = new Set(data.neighbourhood.nodes.map((n: any) => n.id));
    for (const e of edges) {
      // Ends are entities of the drawing, and the deprecated ids agree with them.
      expect(ids.has(e.start.id) && ids.has(e.end.id), e.key).toBe(true);
      expect([e.from, e.to]).toEqual([e.start.id, e.end.id]);
      expect(e.evidence.length, e.key).toBeGreaterThan(0);
      expect(e.key).toBe(`${e.start.key}|${e.type}|${e.end.key}`);
    }
    // The inferred ISSUED link (Kirsty Williams's "the Minister has issued another notice" read as
    // Huw Irranca-Davies) reads the same in the drawing as on the entity page.
    const inferredOnPage = new Map<string, any>(data.entity.documentsIssued.map((l: any) => [l.node.key, l]));
    const issued = edges.filter((e: any) => e.type === 'ISSUED' && inferredOnPage.has(e.end.key));
    for (const e of issued) {
      expect(e.inferred).toBe(inferredOnPage.get(e.end.key).inferred);
      expect(e.inference).toBe(inferredOnPage.get(e.end.key).inference);
    }
    expect(edges.some((e: any) => e.inferred && e.inference)).toBe(true);
  });

  it('a path resolves each edge to the nodes along it, with capacities where the link has one', async () => {
    const data = await gqlOk(
      `query P($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 4) { length nodes { key } edges { ${EDGE} } } }`,
      {
        a: globalId('Person', 'alun-davies'),
        b: globalId('Organisation', 'powys-county-council'),
      },
    );
    const { nodes, edges } = data.path;
    expect(edges).toHaveLength(data.path.length);
    edges.forEach((e: any, i: number) => {
      // Each edge joins node i and node i + 1, in whichever direction the relationship runs.
      expect(new Set([e.start.key, e.end.key])).toEqual(new Set([nodes[i].key, nodes[i + 1].key]));
    });
  });

  it('capacity on a MADE edge in a neighbourhood is the post, as on the statement', async () => {
    const data = await gqlOk(
      `query N($id: ID!) { neighbourhood(id: $id, depth: 1) { edges { type capacity { key } start { key } end { key } } } }`,
      {
        id: globalId('Person', 'rosemarie-harris'),
      },
    );
    const made = data.neighbourhood.edges.filter((e: any) => e.type === 'MADE');
    expect(made.length).toBeGreaterThan(0);
    expect(made.some((e: any) => e.capacity?.key)).toBe(true);
  });
});
