// Apollo Server with its limits, error mapping, structured request logs and a graceful drain on
// shutdown, served over Node's http module by the Express app of http.ts.
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError, type Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { DEFAULT_HEADERS_TIMEOUT_MS, DEFAULT_KEEP_ALIVE_TIMEOUT_MS, type Execution, type Limits } from './config.js';
import { createContext, type Context } from './context.js';
import { compiledExecution } from './compiledExecution.js';
import { CLIENT_INGEST_CODES } from './ingest/document.js';
import { createListener } from './http.js';
import { authenticate, unauthenticated } from './auth/index.js';
import { jwtVerifier, type JwtSettings } from './auth/jwt.js';
import { FailedAuthLimiter, type FailedAuthLimit } from './auth/rateLimit.js';
import { armor, costAndRootFields } from './limits.js';
import { resolvers } from './resolvers/index.js';
import { plannerFor } from './resolvers/lookahead.js';
import { loadTypeDefs } from './schema.js';

export interface ServerOptions {
  driver: Driver;
  database: string;
  txTimeoutMs: number;
  maxPageSize: number;
  limits: Limits;
  logger: Logger;
  production?: boolean;
  introspection?: boolean;
  corsOrigins?: string[];
  /** The built workbench to serve at /app (see appBuild.ts); unset: none. */
  appDir?: string;
  /** Off only for the benchmark that shows what batching buys. */
  batching?: boolean;
  /** Off only for the benchmark and the tests that compare answers with and without it. */
  lookahead?: boolean;
  /** graphql-jit's compiled operations (the default) or graphql-js; see compiledExecution.ts. */
  execution?: Execution;
  /** Seconds a whole response may be served from memory (RESPONSE_CACHE_SECONDS); 0 or unset: off. */
  responseCacheSeconds?: number;
  /** How long an idle keep-alive connection is kept (KEEP_ALIVE_TIMEOUT_MS). */
  keepAliveTimeoutMs?: number;
  /** How long a request may take to send its headers (HEADERS_TIMEOUT_MS); above keepAliveTimeoutMs. */
  headersTimeoutMs?: number;
  /** The most records one assertFacts may carry (MAX_WRITE_BATCH); 200 unless set. */
  maxWriteBatch?: number;
  /** Who may do what beyond the defaults (reads open, API keys, 20 failed authentications a minute). */
  auth?: {
    requireTokenForReads?: boolean;
    jwt?: JwtSettings;
    failedAuth?: FailedAuthLimit;
  };
}

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'DATABASE_UNAVAILABLE',
  'OPERATION_LIMIT_EXCEEDED',
  'QUERY_TIMEOUT',
  // Authentication and the write side (docs/curation.md).
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'INVALID_RECORD',
  'UNKNOWN_TYPE',
  'UNKNOWN_RELATIONSHIP',
  'MODEL_VIOLATION',
  'DUPLICATE_KEY',
  'EVIDENCE_NOT_FOUND',
  'TOO_MANY_REQUESTS',
  ...CLIENT_INGEST_CODES,
]);
// ProtocolError: the server closed a connection mid-answer, as it does while shutting down.
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'ProtocolError',
  'Neo.TransientError.General.DatabaseUnavailable',
]);
/** Apollo's own automatic-persisted-query refusals, which it sends without a code. */
const APQ_MESSAGES = new Set(['Unsupported persisted query version', 'provided sha does not match query']);

/** Keeps client errors as they are; turns anything else into a code without internals. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
  if (extensions.limit) return { ...formatted, extensions: { ...extensions, code: 'OPERATION_LIMIT_EXCEEDED' } };
  // graphql-js words it "more than" or, in 16.x, "more that": match either, and say it plainly.
  const tokens = /^Syntax Error: Document contains more \w+ (\d+) tokens/.exec(formatted.message);
  if (tokens) {
    return {
      message: `The GraphQL document has more than ${tokens[1]} tokens.`,
      extensions: { ...extensions, code: 'OPERATION_LIMIT_EXCEEDED', limit: 'tokens' },
    };
  }
  if (APQ_MESSAGES.has(formatted.message)) return { ...formatted, extensions: { ...extensions, code: 'BAD_REQUEST' } };
  const code = extensions.code as string | undefined;
  // A bad token is refused while the context is made; Apollo prefixes that stage to the message.
  if (code && CLIENT_CODES.has(code))
    return { ...formatted, message: formatted.message.replace(/^Context creation failed: /, ''), extensions };
  const original = error instanceof GraphQLError ? error.originalError : error;
  const neo4jCode = original instanceof Neo4jError ? String(original.code) : '';
  if (UNAVAILABLE.has(neo4jCode)) {
    return {
      message: 'The database is unavailable; try again shortly.',
      path: formatted.path,
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
  }
  if (neo4jCode.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return {
      message: 'The query took too long and was stopped.',
      path: formatted.path,
      extensions: { code: 'QUERY_TIMEOUT' },
    };
  }
  return { message: 'Internal server error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * The graph changes only when a seed or a load runs, so a whole response may be reused for a
 * bounded time: every field gets `seconds` as its cache hint, responses are kept in Apollo's
 * bounded in-memory LRU and sent with a matching Cache-Control header. Off (the default), the
 * per-field cache-hint bookkeeping is switched off as well, since nothing would read it.
 */
function responseCache(seconds: number): ApolloServerPlugin<Context>[] {
  if (seconds <= 0) return [ApolloServerPluginCacheControlDisabled()];
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: seconds }),
    responseCachePlugin() as ApolloServerPlugin<Context>,
  ];
}

export interface RunningServer {
  url: string;
  port: number;
  /** Who runs operations: as asked, except graphql-js whenever the response cache is on. */
  execution: Execution;
  stop(): Promise<void>;
}

export async function startServer(options: ServerOptions, host: string, port: number): Promise<RunningServer> {
  const { logger, limits } = options;
  const typeDefs = loadTypeDefs();
  const headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  // requestTimeout (Node's bound on receiving a whole request) must not be below headersTimeout.
  const httpServer = http.createServer({ headersTimeout, requestTimeout: Math.max(300_000, headersTimeout) });
  // Node's default is 5 s, below the idle timeout of the proxies in front of an API: the server
  // then closes connections the proxy still considers open and is about to reuse, and the
  // request written at that moment fails (see KEEP_ALIVE_TIMEOUT_MS in config.ts).
  httpServer.keepAliveTimeout = options.keepAliveTimeoutMs ?? DEFAULT_KEEP_ALIVE_TIMEOUT_MS;
  const protection = armor(limits, options.production ?? false);
  const planner = plannerFor(options.maxPageSize, options.lookahead === false);
  const jwt = options.auth?.jwt ? jwtVerifier(options.auth.jwt) : undefined;
  const limiter = new FailedAuthLimiter(options.auth?.failedAuth ?? { max: 20, windowMs: 60_000 });
  /** The request's viewer; a client that keeps failing to authenticate is slowed down first. */
  const viewerOf = async (authorization: string | undefined, client: string) => {
    if (authorization) limiter.check(client);
    let viewer;
    try {
      viewer = await authenticate(options.driver, options.database, authorization, jwt);
    } catch (err) {
      if ((err as { extensions?: { code?: string } }).extensions?.code === 'UNAUTHENTICATED') limiter.failed(client);
      throw err;
    }
    if (!viewer && options.auth?.requireTokenForReads)
      throw unauthenticated('This API requires a bearer token for reads too: send `Authorization: Bearer <token>`.');
    return viewer;
  };
  const cacheSeconds = options.responseCacheSeconds ?? 0;
  // Apollo's cache hints are gathered field by field through graphql-js's resolver hooks, which a
  // compiled operation does not call: with the response cache on, graphql-js runs operations.
  const execution: Execution = cacheSeconds === 0 ? (options.execution ?? 'compiled') : 'graphql-js';
  const apollo = new ApolloServer<Context>({
    ...protection,
    ...(execution === 'compiled'
      ? { gateway: compiledExecution(makeExecutableSchema({ typeDefs, resolvers })) }
      : { typeDefs, resolvers }),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection ?? true,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT: one drain, then the driver closes and the process exits.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [...protection.validationRules],
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Our own explorer is served from installed packages; Apollo's landing page loads a CDN.
      ApolloServerPluginLandingPageDisabled(),
      ...responseCache(cacheSeconds),
      costAndRootFields<Context>(typeDefs, limits),
      {
        async requestDidStart({ request, contextValue }) {
          const started = performance.now();
          return {
            async willSendResponse({ response, errors }) {
              if (response.body.kind === 'single') {
                // Round trips to Neo4j per request, for clients measuring cost and for the N+1 test.
                response.body.singleResult.extensions = {
                  ...response.body.singleResult.extensions,
                  neo4jRoundTrips: contextValue.db.roundTrips,
                };
              }
              const codes = (errors ?? []).map(
                (e) =>
                  (e.extensions?.limit ? 'OPERATION_LIMIT_EXCEEDED' : e.extensions?.code) ?? 'INTERNAL_SERVER_ERROR',
              );
              // Never the variables or the query text: they may hold what a user typed.
              logger.info(
                {
                  requestId: contextValue.requestId,
                  operationName: request.operationName ?? null,
                  durationMs: Math.round(performance.now() - started),
                  neo4jRoundTrips: contextValue.db.roundTrips,
                  errorCodes: codes.length ? [...new Set(codes)] : undefined,
                },
                'graphql request',
              );
              // An abandoned request's failures come from stopping its work on purpose.
              if (contextValue.signal?.aborted) return;
              for (const e of errors ?? []) {
                if (!e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR') {
                  logger.error({ requestId: contextValue.requestId, err: e.originalError ?? e }, 'resolver error');
                }
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  httpServer.on(
    'request',
    createListener({
      apollo,
      driver: options.driver,
      database: options.database,
      limits,
      logger,
      corsOrigins: options.corsOrigins ?? [],
      appDir: options.appDir,
      context: async ({ signal, deadline, authorization, client }) =>
        createContext({
          ...options,
          batching: options.batching ?? true,
          planner,
          signal,
          deadline,
          viewer: await viewerOf(authorization, client),
        }),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/graphql`,
    port: actualPort,
    execution,
    stop: () => apollo.stop(),
  };
}
