// Operations run as JavaScript compiled per document (graphql-jit), from their second request on,
// instead of graphql-js walking the document for every request: a page of 20 obligations with
// their dates, actors and quotes is some 500 fields, and the walk cost about a millisecond of CPU
// per request (BENCHMARKS.md).
// Apollo Server lets an executor other than graphql-js run only through its gateway interface, so
// this is a gateway of one schema: parsing, validation, plugins and error formatting stay Apollo's.
import type { GatewayInterface, GatewayExecutor } from '@apollo/server-gateway-interface';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import {
  execute,
  GraphQLError,
  printSchema,
  type DocumentNode,
  type GraphQLSchema,
  type SourceLocation,
} from 'graphql';

/**
 * Per parsed document and operation name (Apollo keeps one DocumentNode per query text it caches):
 * seen once, its compiled form, or graphql-js for good when graphql-jit cannot compile it.
 */
type Entry = 'seen' | CompiledQuery | 'graphql-js';

export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const byDocument = new WeakMap<DocumentNode, Map<string, Entry>>();
  /**
   * Compiling costs more than running once, so an operation is compiled the second time it
   * comes: a client sending ever new documents gets graphql-js and no compile work per request.
   */
  const compiledFor = (document: DocumentNode, operationName: string | undefined) => {
    let forDocument = byDocument.get(document);
    if (!forDocument) byDocument.set(document, (forDocument = new Map()));
    const key = operationName ?? '';
    const entry = forDocument.get(key);
    if (entry === undefined) forDocument.set(key, 'seen');
    if (entry !== 'seen') return entry;
    let compiled: Entry = 'graphql-js';
    try {
      const c = compileQuery(schema, document, operationName);
      if (isCompiledQuery(c)) compiled = c;
    } catch {
      // Left to graphql-js, which answers every valid operation.
    }
    forDocument.set(key, compiled);
    return compiled;
  };
  const executor: GatewayExecutor = async ({ document, request, context }) => {
    const operationName = request.operationName ?? undefined;
    const variableValues = request.variables ?? {};
    const interpreted = () => execute({ schema, document, operationName, variableValues, contextValue: context });
    const compiled = compiledFor(document, operationName);
    if (compiled === undefined || compiled === 'graphql-js') return interpreted();
    const result = await compiled.query(undefined, context, variableValues);
    // No data: the request failed before any field ran (variables that do not coerce). graphql-js
    // words those errors as clients and Apollo know them (BAD_USER_INPUT, HTTP 400); let it answer.
    if (result.data === undefined) return interpreted();
    return { ...result, errors: result.errors?.map(asGraphQLError) };
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
