// Every relationship type of the model must be navigable through the schema in both directions,
// from every node type that can be at each end (docs/model.md).
import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { nodeTypeNames, nodeTypes, relTypes, type NodeType } from '../src/model.js';
import type { Relation } from '../src/resolvers/fields.js';
import { resolvers } from '../src/resolvers/index.js';
import { loadTypeDefs } from '../src/schema.js';

const schema = buildSchema(loadTypeDefs());

function relationsOf(type: string): Relation[] {
  const fields = (resolvers as Record<string, Record<string, { relations?: Relation[] }>>)[type] ?? {};
  return Object.values(fields).flatMap((f) => f?.relations ?? []);
}

function reaches(relations: Relation[], rel: string, dir: 'out' | 'in', other: NodeType): boolean {
  return relations.some(
    (r) => r.rel === rel && r.dir === dir && (r.target === undefined || r.target === other || r.target === nodeTypes[other]),
  );
}

const structural: Record<string, { ends: readonly (readonly [readonly NodeType[], readonly NodeType[]])[] }> = {
  EVIDENCED_BY: { ends: [[nodeTypeNames.filter((t) => t !== 'Evidence'), ['Evidence']]] },
  FROM_SOURCE: { ends: [[['Evidence'], ['Source']]] },
};

describe('the schema covers the model', () => {
  it('has a GraphQL object type for every node type', () => {
    const missing = nodeTypeNames.filter((t) => !isObjectType(schema.getType(t)));
    expect(missing).toEqual([]);
  });

  it('navigates every relationship type both ways from every possible end', () => {
    const gaps: string[] = [];
    for (const [rel, spec] of Object.entries({ ...relTypes, ...structural })) {
      for (const [froms, tos] of spec.ends) for (const from of froms) {
        for (const to of tos) {
          if (!reaches(relationsOf(from), rel, 'out', to)) gaps.push(`${from} -[${rel}]-> ${to}: no field on ${from}`);
          if (!reaches(relationsOf(to), rel, 'in', from)) gaps.push(`${to} <-[${rel}]- ${from}: no field on ${to}`);
        }
      }
    }
    expect(gaps).toEqual([]);
  });

  it('resolves every relationship field the schema declares', () => {
    // A Link-returning field without a resolver would silently return null or [].
    const unresolved: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Query') continue;
      for (const field of Object.values(type.getFields())) {
        const returns = String(field.type).replace(/[[\]!]/g, '');
        const own = (resolvers as Record<string, Record<string, unknown>>)[type.name]?.[field.name];
        if (returns.endsWith('Link') && !own) unresolved.push(`${type.name}.${field.name}`);
      }
    }
    expect(unresolved).toEqual([]);
  });
});
