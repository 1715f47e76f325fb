// The HTTP layer. /graphql (POST, and GET for queries, or the explorer for people) is served
// straight on Node's http module with the same pieces Apollo's standalone server uses (cors,
// body-parser) plus ours: body and document limits, and a deadline per request whose expiry
// stops its database work. Express serves the rest: health and readiness for load balancers,
// the explorer's files and the workbench. Keeping Express's router and response wrappers off
// the API's path is worth about a fifth of the CPU of a request (BENCHMARKS.md, `{ __typename }`).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import cors from 'cors';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Limits } from './config.js';
import type { Context } from './context.js';
import { appRouter } from './appServe.js';
import { readiness } from './db/health.js';
import { explorerAsset, explorerPageResponse, wantsExplorer, type ExplorerResponse } from './explorer.js';

export interface HttpOptions {
  apollo: ApolloServer<Context>;
  driver: Driver;
  database: string;
  limits: Limits;
  logger: Logger;
  corsOrigins: string[];
  /** The built workbench (dist/app/) to serve at /app; unset: no workbench. */
  appDir?: string;
  /**
   * Builds a request's context; `signal` is aborted once nobody waits for the answer;
   * `authorization` is the request's header as sent (resolved there, never logged).
   */
  context(request: { signal: AbortSignal; deadline: number; authorization?: string; client: string }): Promise<Context>;
}

/** Per-request state the GraphQL context reads (see `deadline` below). */
interface Deadline {
  signal: AbortSignal;
  deadline: number;
}

type Next = (err?: unknown) => void;
type Step = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

const requestError = (message: string, code = 'BAD_REQUEST') => ({ errors: [{ message, extensions: { code } }] });

/** A JSON answer on a bare response (Express's res.json, without Express). */
function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
}

const send = (res: ServerResponse, r: ExplorerResponse) => void res.writeHead(r.status, r.headers).end(r.body);

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The largest request body read: a document at its limit, escaped in JSON, plus its variables. */
const maxBodyBytes = (limits: Limits) => limits.maxDocumentBytes * 4 + 100_000;

/** Whether a request is for the API's one endpoint (any query string); the rest goes to Express. */
const isEndpoint = (url: string | undefined) => {
  const end = url?.indexOf('?') ?? -1;
  const path = end >= 0 ? url!.slice(0, end) : url;
  return path === '/graphql' || path === '/graphql/';
};

/** The whole HTTP server's request listener: the API's endpoint first, Express for the rest. */
export function createListener(options: HttpOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const app = createApp(options);
  const api = graphqlEndpoint(options);
  return (req, res) => (isEndpoint(req.url) ? api(req, res) : app(req, res));
}

function corsFor(corsOrigins: string[]): Step {
  const origins = new Set(corsOrigins);
  return cors({
    // Unknown origins get no CORS headers at all: the browser then refuses the answer.
    origin: (origin, done) =>
      done(
        null,
        origin !== undefined && (origins.has('*') || origins.has(origin)) ? (origins.has('*') ? '*' : origin) : false,
      ),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'accept', 'apollo-require-preflight', 'x-apollo-operation-name', 'authorization'],
    maxAge: 600,
  }) as Step;
}

function graphqlEndpoint(options: HttpOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { limits, logger, apollo } = options;
  const maxBody = maxBodyBytes(limits);
  const allowOrigin = corsFor(options.corsOrigins);
  const json = express.json({
    limit: maxBody,
    type: ['application/json', 'application/graphql-response+json'],
    // JSON text never starts with a byte-order mark (RFC 8259); the decoder would drop it silently.
    verify: (_req, _res, buf) => {
      if (buf.subarray(0, 3).equals(UTF8_BOM))
        throw Object.assign(new SyntaxError('byte-order mark'), { type: 'entity.parse.failed', status: 400 });
    },
  }) as Step;
  // Any other body reaches Apollo as text, whose CSRF prevention and checks refuse it clearly.
  const text = express.text({ limit: maxBody, type: () => true }) as Step;
  const fail = errors(logger, maxBody);
  const startDeadline = deadline(options.limits.requestTimeoutMs, logger);

  const answer = async (req: IncomingMessage & { body?: unknown }, res: ServerResponse, search: string) => {
    const query =
      req.method === 'POST'
        ? (req.body as { query?: unknown } | undefined)?.query
        : new URLSearchParams(search).get('query');
    if (typeof query === 'string' && Buffer.byteLength(query) > limits.maxDocumentBytes) {
      return reply(res, 400, {
        errors: [
          {
            message: `The GraphQL document is larger than ${limits.maxDocumentBytes} bytes.`,
            extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'documentBytes' },
          },
        ],
      });
    }
    const limit = startDeadline(req, res);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method!, headers, search, body: req.body },
      context: () =>
        options.context({
          ...limit,
          authorization: req.headers.authorization,
          client: req.socket.remoteAddress ?? 'unknown',
        }),
    });
    // A timed-out request's late answer, or a client that left: nothing can be sent any more.
    if (res.headersSent || res.destroyed) return void res.end();
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') return void res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req, res) => {
    const done = (err: unknown) => fail(err, req, res);
    allowOrigin(req, res, (err) => {
      if (err) return done(err);
      const url = req.url ?? '';
      const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
      if (req.method === 'GET') {
        if (wantsExplorer(req.method, req.headers.accept, search)) return send(res, explorerPageResponse('/graphql'));
        return void answer(req, res, search).catch(done);
      }
      if (req.method !== 'POST')
        return reply(res, 405, requestError('Use GET for queries or POST.'), { allow: 'GET, POST' });
      json(req, res, (err) => {
        if (err) return done(err);
        text(req, res, (err) => (err ? done(err) : void answer(req, res, search).catch(done)));
      });
    });
  };
}

/** Express for everything but the API: health, readiness, the explorer's files, the workbench. */
function createApp(options: HttpOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(corsFor(options.corsOrigins));

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const ready = await readiness(options.driver, options.database);
    res.status(ready.ready ? 200 : 503).json(ready);
  });
  app.get('/explorer/{*asset}', (req, res, next) => {
    const asset = explorerAsset(req.path);
    return asset ? void send(res, asset) : next();
  });

  if (options.appDir) app.use(appRouter(options.appDir));

  app.use((_req, res) => void reply(res, 404, requestError('Not found: the API is at /graphql.', 'NOT_FOUND')));
  app.use(errors(options.logger, maxBodyBytes(options.limits)));
  return app;
}

/**
 * Once nobody waits for the answer (the request timed out, or the client went away) the request's
 * database work is stopped, not left running to its own transaction timeout. On time out the
 * client gets REQUEST_TIMEOUT at once; the execution still settles (its reads now fail fast) and
 * its late answer is dropped.
 */
function deadline(ms: number, logger: Logger): (req: IncomingMessage, res: ServerResponse) => Deadline {
  return (req, res) => {
    const abandon = new AbortController();
    const timer = setTimeout(() => {
      abandon.abort();
      if (res.headersSent) return;
      logger.warn({ path: req.url?.split('?')[0] }, 'request timed out');
      reply(res, 503, requestError('The request took too long and was stopped.', 'REQUEST_TIMEOUT'));
    }, ms);
    res.once('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) abandon.abort();
    });
    return { signal: abandon.signal, deadline: Date.now() + ms };
  };
}

/**
 * Body-parser refusals as GraphQL-shaped errors; anything else logged and answered without
 * internals. Four parameters: Express takes it as its error handler too.
 */
function errors(logger: Logger, maxBody: number) {
  return (err: unknown, _req: IncomingMessage, res: ServerResponse, _next?: Next): void => {
    const { type, status, message } = (err ?? {}) as { type?: string; status?: number; message?: string };
    // A timed-out request's late answer, or a client that left: nothing can be sent any more.
    if (res.headersSent) return void res.end();
    if (type === 'entity.too.large') {
      // The rest of the body may be unread, so the connection cannot carry another request.
      return reply(res, 413, requestError(`The request body is larger than ${maxBody} bytes.`), {
        connection: 'close',
      });
    }
    if (type === 'entity.parse.failed') return reply(res, 400, requestError('The request body is not valid JSON.'));
    if (status && status >= 400 && status < 500) return reply(res, status, requestError(message ?? 'Bad request.'));
    logger.error({ err }, 'http: unexpected error');
    reply(res, 500, requestError('Internal server error.', 'INTERNAL_SERVER_ERROR'));
  };
}
