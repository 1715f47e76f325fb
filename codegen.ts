// GraphQL Code Generator: resolver types from the SDL in schema/, mapped to the data layer's
// records so that each resolver receives what src/db returned. `npm run codegen` writes
// src/generated/graphql.ts; `npm run codegen:check` (part of `npm test`) fails when it is stale.
import fs from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { buildSchema, getNamedType, isInterfaceType, isObjectType, type GraphQLObjectType } from 'graphql';

const sdl = fs
  .readdirSync('schema')
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => fs.readFileSync(`schema/${f}`, 'utf8'))
  .join('\n');
const schema = buildSchema(sdl);
const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));
const objectTypes = types.filter(isObjectType).map((t) => t.name);
// A node type is an object type implementing Node; each has its own record (nodeRecords.ts).
const nodeInterface = schema.getType('Node');
if (!isInterfaceType(nodeInterface)) throw new Error('codegen.ts: the schema has no Node interface');
const nodeTypes = new Set(schema.getPossibleTypes(nodeInterface).map((t) => t.name));

/** The node types a field of type `name` may return, as a union of string literals. */
function labelsOf(name: string): string | undefined {
  const t = schema.getType(name);
  if (!t) return undefined;
  const possible = isInterfaceType(t) ? schema.getPossibleTypes(t).map((p) => p.name) : [name];
  return possible.every((p) => nodeTypes.has(p)) ? possible.map((p) => `'${p}'`).join(' | ') : undefined;
}

const records = '../db/records.js';
const curation = '../db/curation.js';
const CURATION: Record<string, string | null> = {
  Revision: `${curation}#RevisionRecord`,
  RevisionEdge: null,
  RevisionConnection: null,
  Change: null,
  Mutation: null,
  AddSourcePayload: null,
  AssertFactsPayload: null,
  RetractFactsPayload: null,
};
const nodeRecords = '../db/nodeRecords.js';
const mappers: Record<string, string> = {};
for (const t of objectTypes) {
  // Plain objects the resolvers build: the generated types are their records.
  if (t === 'Query' || t === 'PageInfo' || t === 'Money' || t === 'StatusAssessment') continue;
  // The write side's own records (src/db/curation.ts); its payloads and changes are plain objects.
  if (t in CURATION) {
    if (CURATION[t]) mappers[t] = CURATION[t];
    continue;
  }
  // The review queue (schema/ingestion.graphql): proposals are not graph nodes; the payloads and
  // the page are plain objects built around them.
  if (t === 'Proposal') {
    mappers[t] = '../db/ingest.js#ProposalRecord';
    continue;
  }
  if (t === 'Mutation' || t.startsWith('Proposal') || t === 'IngestDocumentPayload') continue;
  // The node types a link or an edge leads to, a connection's through its edges.
  const of = (name: string): string => {
    const fields = (schema.getType(name) as GraphQLObjectType).getFields();
    if (fields.edges) return of(getNamedType(fields.edges.type).name);
    const labels = fields.node && labelsOf(getNamedType(fields.node.type).name);
    if (!labels) throw new Error(`codegen.ts: ${t}: no node of a node type or an interface of node types`);
    return labels;
  };
  if (nodeTypes.has(t)) mappers[t] = `${nodeRecords}#${t}Record`;
  else if (t.endsWith('Link')) mappers[t] = `${records}#LinkRecord<${of(t)}>`;
  else if (t.endsWith('Connection')) mappers[t] = `${records}#ConnectionRecord<${of(t)}>`;
  else if (t.endsWith('Edge') && t !== 'GraphEdge') mappers[t] = `${records}#EdgeRecord<${of(t)}>`;
  else if (t === 'FuzzyDate') mappers[t] = `${records}#FuzzyDateRecord`;
  else if (t === 'SearchHit') mappers[t] = `${records}#SearchHitRecord`;
  else if (t === 'GraphEdge') mappers[t] = `${records}#GraphEdgeRecord`;
  else if (t === 'Path') mappers[t] = `${records}#PathRecord`;
  else if (t === 'Neighbourhood') mappers[t] = `${records}#NeighbourhoodRecord`;
  else throw new Error(`codegen.ts: no record type for ${t}`);
}
// Interfaces are not mapped: their resolvers' parents are the union of their types' records.

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.js#Context',
        mappers,
        // Enums as string unions: the data layer returns plain strings from Neo4j.
        enumsAsTypes: true,
        useTypeImports: true,
        // Unknown scalars must be handled on purpose, not silently typed as any.
        defaultScalarType: 'unknown',
        scalars: { LocalDate: 'string', Duration: 'string', Currency: 'string', PartialDate: 'string' },
        useIndexSignature: false,
        optionalResolveType: false,
      },
    },
  },
};

export default config;
