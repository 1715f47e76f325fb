// A relationship field that is empty on every node of the seed graph is a defect (a wrong
// relationship type, a direction reversed, a link the curators never write) unless docs/model.md
// says why, in its table "Relationship fields empty on the seed graph". This test asks every
// relationship field of every node through the API and compares the empty ones with that table.
import fs from 'node:fs';
import { buildSchema, getNamedType, isListType, isNonNullType, isObjectType, type GraphQLField } from 'graphql';
import { describe, expect, inject, it } from 'vitest';
import { loadTypeDefs } from '../src/schema.js';
import { globalId, gqlOk, testDriver } from './helpers.js';

const schema = buildSchema(loadTypeDefs());

/** Fields that follow relationships: those returning Links, Entities or Evidence. */
function relationshipFields(typeName: string): GraphQLField<unknown, unknown>[] {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return [];
  return Object.values(type.getFields()).filter((f) => {
    const named = getNamedType(f.type).name;
    return (
      named.endsWith('Link') ||
      (f.args.some((a) => a.name === 'first') && isListType(isNonNullType(f.type) ? f.type.ofType : f.type))
    );
  });
}

/**
 * The name a field is judged under: the widest interface that declares it (`Entity.figures`,
 * `Document.addressees`), else the type's own (`Obligation.bearer`). A field every document has is
 * a defect only if no document of any type has it filled.
 */
function ownerOf(typeName: string, field: string): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return `${typeName}.${field}`;
  const declaring = type.getInterfaces().filter((i) => field in i.getFields());
  declaring.sort((a, b) => schema.getPossibleTypes(b).length - schema.getPossibleTypes(a).length);
  return `${declaring[0]?.name ?? typeName}.${field}`;
}

/** `Type.field` names listed in docs/model.md's table of fields empty on the seed graph, with their reasons. */
function documentedEmpty(): Map<string, string> {
  const doc = fs.readFileSync(new URL('../docs/model.md', import.meta.url), 'utf8');
  const section = doc.split('## Relationship fields empty on the seed graph')[1]?.split('\n## ')[0] ?? '';
  const rows = [...section.matchAll(/^\| `(\w+\.\w+)` \| (.+?) \|$/gm)];
  return new Map(rows.map((m) => [m[1]!, m[2]!]));
}

describe('relationship fields on the seed graph', () => {
  it(
    'every relationship field is non-empty somewhere, or docs/model.md says why not',
    { timeout: 300_000 },
    async () => {
      const driver = testDriver();
      const rows = await driver.executeQuery(
        `MATCH (n:Entity) WHERE NOT n:Evidence AND NOT n:Source
       RETURN [l IN labels(n) WHERE NOT l IN ['Entity', 'Actor', 'Document', 'Event']][0] AS type, collect(n.id) AS keys`,
        {},
        { database: inject('neo4jDatabase') },
      );
      await driver.close();
      const filled = new Set<string>();
      const asked = new Set<string>();
      for (const r of rows.records) {
        const type = r.get('type') as string;
        const keys = r.get('keys') as string[];
        const fields = relationshipFields(type);
        if (fields.length === 0) continue;
        const nonEmpty = new Set<string>();
        // A few fields at a time, and only those not yet seen filled: small requests, few of them.
        for (let i = 0; i < keys.length; i += 100) {
          const ids = keys.slice(i, i + 100).map((k) => globalId(type, k));
          const open = fields.filter((f) => !nonEmpty.has(f.name));
          for (let j = 0; j < open.length; j += 4) {
            const group = open.slice(j, j + 4);
            const selection = group
              .map((f) => `${f.name}${f.args.some((a) => a.name === 'first') ? '(first: 1)' : ''} { __typename }`)
              .join(' ');
            const data = await gqlOk(`query E($ids: [ID!]!) { nodes(ids: $ids) { ... on ${type} { ${selection} } } }`, {
              ids,
            });
            for (const node of data.nodes) {
              for (const f of group) {
                const v = node?.[f.name];
                if (Array.isArray(v) ? v.length > 0 : v != null) nonEmpty.add(f.name);
              }
            }
          }
        }
        for (const f of fields) {
          asked.add(ownerOf(type, f.name));
          if (nonEmpty.has(f.name)) filled.add(ownerOf(type, f.name));
        }
      }
      const empty = [...asked].filter((f) => !filled.has(f));
      const documented = documentedEmpty();
      expect(documented.size, 'the table in docs/model.md parses').toBeGreaterThan(0);
      // Both ways: an undocumented empty field is a defect, and a documented one that fills up is a stale note.
      expect(
        empty.filter((f) => !documented.has(f)).sort(),
        'empty on the whole seed graph, with no reason in docs/model.md',
      ).toEqual([]);
      expect(
        [...documented.keys()].filter((f) => !empty.includes(f)).sort(),
        'documented as empty, but not empty',
      ).toEqual([]);
    },
  );

  it('Finding.madeBy and Actor.findingsStated are filled, through statements and documents', async () => {
    const data = await gqlOk(`{
      minister: entity(key: "huw-irranca-davies") { ... on Person { findingsStated { node { key } inferred inference evidence { quote } } } }
      finding: entity(key: "finding-plan-needs-further-work") { ... on Finding { madeBy { node { key } inferred inference evidence { quote } } } }
      actors(first: 100) { edges { node { key findingsStated(first: 100) { node { key } } } } }
    }`);
    const stated = data.minister.findingsStated;
    expect(stated.map((l: any) => l.node.key)).toContain('finding-plan-needs-further-work');
    const made = data.finding.madeBy;
    expect(made.map((l: any) => l.node.key)).toContain('huw-irranca-davies');
    // Derived through a statement: marked as such, with the evidence of both steps.
    const link = made.find((l: any) => l.node.key === 'huw-irranca-davies');
    expect(link.inferred).toBe(true);
    expect(link.inference).toMatch(/^Derived: Huw Irranca-Davies made ".+", which states this finding\./);
    expect(link.evidence.length).toBeGreaterThanOrEqual(2);
    const withFindings = data.actors.edges
      .filter((e: any) => e.node.findingsStated.length > 0)
      .map((e: any) => e.node.key);
    expect(withFindings.length).toBeGreaterThanOrEqual(3);
  });
});
