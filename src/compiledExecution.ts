// Operations run as JavaScript compiled once per document (graphql-jit) instead of graphql-js
// walking the document for every request: a list of 50 obligations with their dates, actors and
// quotes is some 500 fields, and the walk cost about a millisecond of CPU per request (BENCHMARKS.md).
// Apollo Server lets an executor other than graphql-js run only through its gateway interface, so
// this is a gateway of one schema: parsing, validation, plugins and error formatting stay Apollo's.
import type { GatewayInterface, GatewayExecutor } from '@apollo/server-gateway-interface';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import {
  execute,
  GraphQLError,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type SourceLocation,
} from 'graphql';

/** Compiled operations per parsed document; Apollo keeps one DocumentNode per query text it caches. */
type Compiled = Map<string, CompiledQuery | ExecutionResult>;

export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const byDocument = new WeakMap<DocumentNode, Compiled>();
  const compiled = (document: DocumentNode, operationName: string | undefined) => {
    let forDocument = byDocument.get(document);
    if (!forDocument) byDocument.set(document, (forDocument = new Map()));
    const key = operationName ?? '';
    let entry = forDocument.get(key);
    if (!entry) forDocument.set(key, (entry = compileQuery(schema, document, operationName)));
    return entry;
  };
  const executor: GatewayExecutor = async ({ document, request, context }) => {
    const operationName = request.operationName ?? undefined;
    const variableValues = request.variables ?? {};
    const entry = compiled(document, operationName);
    const result = isCompiledQuery(entry) ? await entry.query(undefined, context, variableValues) : entry;
    // No data: the request failed before any field ran (variables that do not coerce). graphql-js
    // words those errors as clients and Apollo know them (BAD_USER_INPUT, HTTP 400); let it answer.
    if (result.data === undefined) {
      return execute({ schema, document, operationName, variableValues, contextValue: context }) as never;
    }
    return { ...result, errors: result.errors?.map(asGraphQLError) } as never;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors leave `extensions` unset when the thrown error had none; Apollo and
 * formatError expect graphql-js's, which always has them, and the error's cause as originalError.
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  const error = new GraphQLError(e.message, {
    path: e.path,
    originalError: e.originalError ?? undefined,
    extensions: e.extensions,
  });
  // graphql-jit located the error already; graphql-js computes locations only from AST nodes.
  (error as { locations?: readonly SourceLocation[] }).locations = e.locations;
  return error;
}
