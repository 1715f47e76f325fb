// Every relationship type of the model must be navigable through the schema in both directions,
// from every node type that can be at each end (docs/model.md). What each field traverses is read
// from its `@relationship` declaration in schema/*.graphql (src/resolvers/relationships.ts).
import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { nodeTypeNames, nodeTypes, relTypes, structuralRelTypes, type NodeType } from '../src/model.js';
import { declarationsOf, type Relation } from '../src/resolvers/relationships.js';
import { resolvers } from '../src/resolvers/index.js';
import { loadTypeDefs } from '../src/schema.js';

const schema = buildSchema(loadTypeDefs());

const declared = [...declarationsOf(schema).fields.values()];

function relationsOf(type: string): Relation[] {
  return declared.filter((f) => f.typeName === type).flatMap((f) => f.relations);
}

function reaches(relations: Relation[], rel: string, dir: 'out' | 'in', other: NodeType): boolean {
  return relations.some(
    (r) =>
      r.rel === rel && r.dir === dir && (r.target === undefined || r.target === other || r.target === nodeTypes[other]),
  );
}

describe('the schema covers the model', () => {
  it('has a GraphQL object type for every node type', () => {
    const missing = nodeTypeNames.filter((t) => !isObjectType(schema.getType(t)));
    expect(missing).toEqual([]);
  });

  it('navigates every relationship type both ways from every possible end', () => {
    const gaps: string[] = [];
    for (const [rel, spec] of Object.entries({ ...relTypes, ...structuralRelTypes })) {
      for (const [froms, tos] of spec.ends)
        for (const from of froms) {
          for (const to of tos) {
            if (!reaches(relationsOf(from), rel, 'out', to))
              gaps.push(`${from} -[${rel}]-> ${to}: no field on ${from}`);
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

describe('@relationship declarations are checked against the model at start-up', () => {
  const sdl = loadTypeDefs();
  const failsWith = (from: string, to: string, message: RegExp) => {
    expect(sdl).toContain(from);
    expect(() => declarationsOf(buildSchema(sdl.replace(from, to)))).toThrow(message);
  };

  it('accepts the schema as it is', () => {
    expect(declared.length).toBeGreaterThan(300);
  });

  it('refuses a relationship type the model does not have', () => {
    failsWith(
      'bearer: ActorLink @relationship(type: "BEARS"',
      'bearer: ActorLink @relationship(type: "BEARZ"',
      /Obligation\.bearer: BEARZ is not a relationship type/,
    );
  });

  it('refuses a direction in which the type is never at that end', () => {
    failsWith(
      'bearer: ActorLink @relationship(type: "BEARS", direction: IN)',
      'bearer: ActorLink @relationship(type: "BEARS", direction: OUT)',
      /Obligation\.bearer: Obligation is never at the start of BEARS/,
    );
  });

  it('refuses a target the relationship never reaches, or that is not a label', () => {
    failsWith(
      'direction: IN, target: "Person")',
      'direction: IN, target: "Request")',
      /Organisation\.members: MEMBER_OF in from Organisation never reaches a Request/,
    );
    failsWith(
      'direction: IN, target: "Person")',
      'direction: IN, target: "Persn")',
      /target Persn is neither a node type nor a family/,
    );
  });

  it('refuses a declaration repeated on a type that inherits it from an interface', () => {
    const inherited =
      'issuedBy("How many to return; at most the server\'s maximum page size (100 by default)." first: Int = 20): [ActorLink!]!';
    const i = sdl.indexOf('type InspectionReport');
    const at = sdl.indexOf(inherited, i) + inherited.length;
    const twice = `${sdl.slice(0, at)} @relationship(type: "ISSUED", direction: IN)${sdl.slice(at)}`;
    expect(() => declarationsOf(buildSchema(twice))).toThrow(
      /InspectionReport\.issuedBy: @relationship is declared on Document\.issuedBy/,
    );
  });
});
