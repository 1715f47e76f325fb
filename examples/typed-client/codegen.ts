// GraphQL Code Generator for a typed client: the client preset reads the printed schema
// (src/generated/schema.graphql, from `npm run schema:print`) and the operations in
// ../operations/*.graphql (the project's example operations, shared with the explorer and the
// tests), and writes TypedDocumentNode constants with their result and
// variable types to src/gql/. Run from the repository root: `npm run example:codegen`
// (`npm run codegen:check`, part of `npm test`, fails when src/gql/ is stale).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths relative to this file, so the config works from any working directory.
const here = path.dirname(fileURLToPath(import.meta.url));
const rel = (p: string) => path.relative(process.cwd(), path.join(here, p)) || '.';

const config: CodegenConfig = {
  schema: rel('../../src/generated/schema.graphql'),
  documents: [rel('../operations/*.graphql')],
  // A document that no longer validates against the schema fails generation (and the check).
  ignoreNoDocuments: false,
  // ESM under NodeNext: relative imports between the generated files end in .js.
  importExtension: '.js',
  generates: {
    [`${rel('src/gql')}/`]: {
      preset: 'client',
      presetConfig: {
        // No fragments are masked here: results are plain typed objects.
        fragmentMasking: false,
      },
      config: {
        // The custom scalars arrive as JSON strings.
        scalars: { LocalDate: 'string', Duration: 'string', Currency: 'string', PartialDate: 'string' },
        // Unknown scalars must be handled on purpose, not silently typed as any.
        defaultScalarType: 'unknown',
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
