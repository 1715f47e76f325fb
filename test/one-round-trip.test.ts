// One fetch path: every field that reads beyond its own node (each declared relationship field,
// each status, a link's evidence and capacity, a fuzzy date's relativeTo, a source's text) is
// planned with the node it hangs from (src/resolvers/lookahead.ts), and the plan compiles into the
// root field's one statement (src/db/projection.ts). The first part checks the planner on every
// field of every type, built from the schema so that a new field is covered the day it is
// declared; the second runs the example operations against the database.
import {
  buildSchema,
  getNamedType,
  isObjectType,
  parse,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { linkKey, type NodePlan } from '../src/db/projection.js';
import { exampleOperation } from '../src/exampleOperations.js';
import { plannerFor } from '../src/resolvers/lookahead.js';
import { declarations, queryOf } from '../src/resolvers/relationships.js';
import { loadTypeDefs } from '../src/schema.js';
import { globalId, gql, testDriver } from './helpers.js';

const schema = buildSchema(loadTypeDefs());
const planner = plannerFor(100);

const nodeTypes = Object.values(schema.getTypeMap()).filter(
  (t): t is GraphQLObjectType => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'),
);

/** What the planner makes below `node(id:)` for this selection on `type`. */
function planOf(type: string, selection: string): NodePlan {
  const operation = parse(`{ node(id: "x", asOf: "2018-03-01") { ... on ${type} { ${selection} } } }`)
    .definitions[0] as OperationDefinitionNode;
  const field = operation.selectionSet.selections[0] as FieldNode;
  const queryType = schema.getQueryType()!;
  const info = {
    schema,
    fragments: {},
    variableValues: {},
    operation,
    fieldNodes: [field],
    fieldName: 'node',
    returnType: queryType.getFields().node!.type,
    parentType: queryType,
    path: { prev: undefined, key: 'node', typename: 'Query' },
  } as unknown as GraphQLResolveInfo;
  return planner.below(info, [])!;
}

describe('every field that reads beyond its node is planned with it', () => {
  it('plans each relationship field of each type, with its links’ evidence, capacity and relativeTo', () => {
    let checked = 0;
    for (const type of nodeTypes) {
      for (const field of Object.values(type.getFields())) {
        const declared = declarations.fields.get(`${type.name}.${field.name}`);
        if (!declared) continue;
        const link = getNamedType(field.type);
        const linkFields = isObjectType(link) && declared.returns === 'links' ? link.getFields() : {};
        const extra = [
          linkFields.evidence ? 'evidence { key }' : '',
          linkFields.capacity ? 'capacity { key }' : '',
          linkFields.date ? 'date { relativeTo { key } }' : '',
        ].join(' ');
        const below = declared.returns === 'links' ? `node { __typename } ${extra}` : '__typename';
        const plan = planOf(type.name, `${field.name}(first: 3) { ${below} }`);
        const limit = declared.limit === 'first' ? 3 : declared.limit;
        const planned = plan.links.find((l) => l.key === linkKey(queryOf(declared, limit)));
        expect(planned, `${type.name}.${field.name}`).toBeDefined();
        const refs = planned!.relRefs.map((r) => r.prop).sort();
        const expected = [
          linkFields.capacity && 'capacity',
          linkFields.date && 'dateRelativeTo',
          linkFields.evidence && 'evidence',
        ].filter(Boolean);
        expect(refs, `${type.name}.${field.name}`).toEqual(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('plans statuses on their day, the links statusAssessment consults, fuzzy dates’ relativeTo and a source’s text', () => {
    for (const field of declarations.statusFields) {
      const [type, name] = field.split('.') as [string, string];
      const selection = name === 'status' ? 'a: status b: status(asOf: "2017-01-01")' : `${name} { status }`;
      const plan = planOf(type, selection);
      expect(plan.statusAsOf.sort(), field).toEqual(name === 'status' ? ['2017-01-01', '2018-03-01'] : ['2018-03-01']);
      if (name === 'statusAssessment') expect(plan.links.length).toBe(3);
    }
    let dates = 0;
    for (const type of nodeTypes) {
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name !== 'FuzzyDate') continue;
        const plan = planOf(type.name, `${field.name} { relativeTo { key } }`);
        expect(
          plan.refs.map((r) => r.prop),
          `${type.name}.${field.name}`,
        ).toEqual([
          `${field.name === 'dueDate' ? 'due' : field.name === 'imposedDate' ? 'imposed' : field.name}RelativeTo`,
        ]);
        dates++;
      }
    }
    expect(dates).toBeGreaterThan(10);
    expect(planOf('Source', 'content').props).toContain('content');
  });
});

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => driver?.close());

describe('the example operations against the database', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['WhoRequestedSupport', {}],
    ['WhichNoticeDemandsWhat', { asOf: '2018-03-01' }],
    ['EntityByKey', { key: 'powys-county-council' }],
    ['NoticeDemands', { key: 'follow-up-warning-notice', asOf: '2018-03-01' }],
    ['ObligationsOfBody', { bearer: globalId('Organisation', 'powys-county-council'), asOf: '2018-03-01' }],
    ['OverdueOn', { asOf: '2018-03-01' }],
    ['PersonPosts', { key: 'david-powell' }],
    ['RequestsForSupport', {}],
    ['Search', { text: 'Powys' }],
    ['StatementsByPerson', { key: 'alun-davies' }],
    ['Timeline', { from: '2017-01-01', to: '2018-12-31' }],
    ['DocumentsCitingFact', { key: 'powys-county-council' }],
  ];
  it.each(cases)('%s takes one round trip', async (name, variables) => {
    const r = await gql(exampleOperation(name), variables);
    expect(r.errors).toBeUndefined();
    expect(r.extensions!.neo4jRoundTrips).toBe(1);
  });

  it('plans the fields of nodes a path returns from them, once per field, not once per node', async () => {
    const r = await gql(
      `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { nodes { key ... on Actor { obligationsBorne(first: 3) { node { key } } } }
        edges { evidence { key } } } }`,
      { a: globalId('Person', 'david-powell'), b: globalId('Organisation', 'welsh-government') },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.path.nodes.length).toBeGreaterThan(2);
    // The two ends checked, the path, then one query for all nodes' obligations and one for all edges' evidence.
    expect(r.extensions!.neo4jRoundTrips).toBe(4);
  });
});
