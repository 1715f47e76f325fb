// GraphQL Code Generator for the workbench (src/app/): the client preset reads the printed schema
// and the workbench's operations (src/app/operations/*.graphql) and writes typed documents to
// src/app/gql/. They are strings (documentMode: string), not parsed documents, so the browser
// bundle needs no GraphQL parser: each page ships its operations' text and their types vanish at
// build time. `npm run app:codegen` writes them; `npm run codegen:check` fails when they are stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'src/generated/schema.graphql',
  documents: ['src/app/operations/*.graphql'],
  ignoreNoDocuments: false,
  // Relative imports between the generated files end in .js, as everywhere in src/.
  importExtension: '.js',
  generates: {
    'src/app/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        scalars: { LocalDate: 'string', Duration: 'string', Currency: 'string', PartialDate: 'string' },
        defaultScalarType: 'unknown',
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
