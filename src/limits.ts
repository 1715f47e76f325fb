// Operation limits, all enforced before any database work: token count (graphql-js's parser,
// see server.ts), depth, aliases and directives (GraphQL Armor, during validation), root fields
// and cost (after the operation is resolved, with its variables known). Every rejection has extensions.code
// OPERATION_LIMIT_EXCEEDED and extensions.limit naming the limit.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  buildSchema,
  getNamedType,
  GraphQLError,
  isLeafType,
  isListType,
  isNonNullType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import type { Limits } from './config.js';

export function limitError(limit: string, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit, ...extra, http: { status: 400 } },
  });
}

/** Validation-time protections from GraphQL Armor. */
export function armor(limits: Limits, production: boolean) {
  // Armor's own rejection carries no code; we report our own error instead, tagged with the
  // limit, which formatError turns into OPERATION_LIMIT_EXCEEDED.
  const tag =
    (limit: string) =>
    (ctx: ValidationContext | null, error: GraphQLError): void => {
      ctx?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit } }));
    };
  return new ApolloArmor({
    // graphql-js's own parser limit reports a syntax error cleanly; Armor's re-parse does not.
    maxTokens: { enabled: false },
    maxDepth: { n: limits.maxDepth, onReject: [tag('depth')], propagateOnRejection: false, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases, onReject: [tag('aliases')], propagateOnRejection: false },
    maxDirectives: { n: 20, onReject: [tag('directives')], propagateOnRejection: false },
    // Cost is computed below, weighted by page sizes; Armor's flat cost would double-count.
    costLimit: { enabled: false },
    // Suggestions ("Did you mean ...?") reveal the schema; off when introspection is.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/**
 * Cost is the number of objects an operation could return (as GitHub's node limit): an object
 * field counts 1 plus its children, a list counts that times how many items it can hold
 * (`first`, the number of `ids`, or 10 for an unbounded list such as evidence), and scalars count
 * nothing. A connection's `edges` are already counted by its `first`.
 */
const objectsReturned: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (isLeafType(getNamedType(field.type))) return 0;
  const type: GraphQLOutputType = isNonNullType(field.type) ? field.type.ofType : field.type;
  const isList = isListType(type);
  let items = 1;
  if (typeof args.first === 'number') items = Math.max(args.first, 1);
  else if (Array.isArray(args.ids)) items = Math.max(args.ids.length, 1);
  else if (isList && field.name !== 'edges') items = 10;
  return items * (1 + childComplexity);
};

function rootFieldCount(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): number {
  let n = 0;
  for (const s of selectionSet.selections) {
    if (s.kind === Kind.FIELD) n += s.name.value.startsWith('__') ? 0 : 1;
    else if (s.kind === Kind.INLINE_FRAGMENT) n += rootFieldCount(s.selectionSet, fragments, seen);
    else if (!seen.has(s.name.value) && fragments[s.name.value]) {
      seen.add(s.name.value);
      n += rootFieldCount(fragments[s.name.value]!.selectionSet, fragments, seen);
    }
  }
  return n;
}

/** Undefined when the variables cannot be serialised (absurdly deep input): then nothing is cached. */
function cacheKey(
  operationName: string | null | undefined,
  query: string | undefined,
  variables: unknown,
): string | undefined {
  try {
    return `${operationName ?? ''}\u0000${query ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
  } catch {
    return undefined;
  }
}

export function costAndRootFields<C extends BaseContext>(typeDefs: string, limits: Limits): ApolloServerPlugin<C> {
  const schema = buildSchema(typeDefs);
  // The same operation with the same variables costs the same: remember the last thousand, as
  // Apollo remembers parsed and validated documents.
  const costs = new LRUCache<string, number>({ max: 1000 });
  const costOf = (
    query: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
  ): number => {
    try {
      return getComplexity({ schema, query, operationName, variables, estimators: [objectsReturned] });
    } catch (err) {
      // Computing the cost coerces the variables; a variable of the wrong type fails here
      // first, with the same message execution would give.
      throw new GraphQLError((err as Error).message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    }
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          // Queries read; mutations write (src/resolvers/curation.ts); nothing is pushed to clients.
          if (operation.operation === 'subscription') {
            throw new GraphQLError('This API takes queries and mutations: subscriptions are not supported.', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const roots = rootFieldCount(operation.selectionSet, fragments);
          if (roots > limits.maxRootFields) {
            throw limitError(
              'rootFields',
              `The operation asks for ${roots} root fields; at most ${limits.maxRootFields} are allowed.`,
              {
                rootFields: roots,
                max: limits.maxRootFields,
              },
            );
          }
          const key = cacheKey(request.operationName, request.query, request.variables);
          const cost =
            (key === undefined ? undefined : costs.get(key)) ??
            costOf(document, request.operationName ?? undefined, request.variables ?? {});
          if (key) costs.set(key, cost);
          if (cost > limits.maxCost) {
            throw limitError(
              'cost',
              `The operation could return too much: its cost is ${cost}, the budget ${limits.maxCost}. Ask for smaller pages (first) or fewer nested lists.`,
              { cost, max: limits.maxCost },
            );
          }
        },
      };
    },
  };
}
