// GraphQL Code Generator: resolver types from the SDL in schema/, mapped to the data layer's
// records so that each resolver receives what src/db returned. `npm run codegen` writes
// src/generated/graphql.ts; `npm run codegen:check` (part of `npm test`) fails when it is stale.
import fs from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

const sdl = fs
  .readdirSync('schema')
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => fs.readFileSync(`schema/${f}`, 'utf8'))
  .join('\n');
const objectTypes = [...sdl.matchAll(/^type (\w+)/gm)].map((m) => m[1]!);
const interfaces = [...sdl.matchAll(/^interface (\w+)/gm)].map((m) => m[1]!);

const records = '../db/records.js';
const mappers: Record<string, string> = {};
for (const t of [...objectTypes, ...interfaces]) {
  // Plain objects the resolvers build: the generated types are their records.
  if (t === 'Query' || t === 'PageInfo' || t === 'Money' || t === 'StatusAssessment') continue;
  if (t.endsWith('Link') || t === 'Link') mappers[t] = `${records}#LinkRecord`;
  else if (t.endsWith('Connection')) mappers[t] = `${records}#ConnectionRecord`;
  else if (t.endsWith('Edge') && t !== 'GraphEdge') mappers[t] = `${records}#EdgeRecord`;
  else if (t === 'FuzzyDate') mappers[t] = `${records}#FuzzyDateRecord`;
  else if (t === 'SearchHit') mappers[t] = `${records}#SearchHitRecord`;
  else if (t === 'GraphEdge') mappers[t] = `${records}#GraphEdgeRecord`;
  else if (t === 'Path') mappers[t] = `${records}#PathRecord`;
  else if (t === 'Neighbourhood') mappers[t] = `${records}#NeighbourhoodRecord`;
  else mappers[t] = `${records}#NodeRecord`;
}

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
