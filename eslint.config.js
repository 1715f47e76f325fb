// ESLint flat config: the GraphQL schema (schema/*.graphql) against the GraphQL conventions
// clients rely on (SCREAMING_SNAKE_CASE enum values, a description on every type and root field,
// Relay-shaped connections), and the TypeScript with typescript-eslint's recommended rules
// (syntactic only: the type-aware ones would double the time of `npm test`'s lint step).
// Formatting is Prettier's (.prettierrc.json), checked by `npm run format:check`.
import graphql from '@graphql-eslint/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default [
  // Generated, downloaded or run-time files: never linted.
  { ignores: ['.neo4j/', '.artifacts/', 'dist/', 'src/generated/', 'examples/typed-client/src/gql/', 'src/app/gql/'] },
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: ['**/*.ts', '**/*.tsx'] })),
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring a field away, a callback's position).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests read JSON answers whose shape is what they assert (136 uses of `any` when this was
    // turned on); typing each answer would restate the schema in every test.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // Layout is Prettier's (npm run format); no lint rule argues with it.
  { ...prettier, files: ['**/*.ts', '**/*.tsx', '**/*.js'] },
  {
    files: ['schema/*.graphql'],
    languageOptions: {
      parser: graphql.parser,
      // The schema is the files together (src/schema.ts concatenates them); rules that need the
      // whole schema (unreachable types, Relay shapes) read it from here.
      parserOptions: { graphQLConfig: { schema: 'schema/*.graphql' } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      // Every type, field, argument and enum value says what it means: the schema is the
      // documentation clients read (introspection, GraphiQL).
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
      // Types take block descriptions and fields inline ones, on purpose: both styles are used.
      '@graphql-eslint/description-style': 'off',
      // Domain words that happen to start with their type's name (Request.requester, Figure.figureOf).
      '@graphql-eslint/no-typename-prefix': 'off',
      // Links, dates, pages and hits are values, not objects with an identity of their own.
      '@graphql-eslint/strict-id-in-types': 'off',
      // Root lists are Relay connections (forward paging only; relationship fields are plain
      // lists of links, so the edge-type rules do not apply).
      '@graphql-eslint/relay-connection-types': 'error',
      '@graphql-eslint/relay-page-info': 'error',
    },
  },
];
