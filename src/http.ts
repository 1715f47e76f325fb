// The HTTP layer: Express with Apollo's integration at /graphql (POST, and GET for queries), the
// explorer for people, health and readiness for load balancers, CORS for configured origins,
// body and document limits, and a deadline per request whose expiry stops its database work.
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
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

/** Per-request state the GraphQL context reads (set by `deadline` below). */
interface Deadline {
  signal: AbortSignal;
  deadline: number;
}

const requestError = (message: string, code = 'BAD_REQUEST') => ({ errors: [{ message, extensions: { code } }] });

const send = (res: Response, r: ExplorerResponse) => res.status(r.status).set(r.headers).send(r.body);

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export function createApp(options: HttpOptions): express.Express {
  const { limits, logger } = options;
  const maxBody = limits.maxDocumentBytes * 4 + 100_000;
  const origins = new Set(options.corsOrigins);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  app.use(
    cors({
      // Unknown origins get no CORS headers at all: the browser then refuses the answer.
      origin: (origin, done) =>
        done(
          null,
          origin !== undefined && (origins.has('*') || origins.has(origin)) ? (origins.has('*') ? '*' : origin) : false,
        ),
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: [
        'content-type',
        'accept',
        'apollo-require-preflight',
        'x-apollo-operation-name',
        'authorization',
      ],
      maxAge: 600,
    }),
  );

  // The API first, as one route: a request to it passes one path match, not one per middleware
  // and not the workbench's and explorer's routes (measured on `{ __typename }`, BENCHMARKS.md).
  app
    .route('/graphql')
    .get((req, res, next) => {
      const search = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      return wantsExplorer(req.method, req.headers.accept, search)
        ? void send(res, explorerPageResponse('/graphql'))
        : next();
    })
    .all((req, res, next) => {
      if (req.method === 'GET' || req.method === 'POST') return next();
      res.set('allow', 'GET, POST').status(405).json(requestError('Use GET for queries or POST.'));
    })
    .post(
      express.json({
        limit: maxBody,
        type: ['application/json', 'application/graphql-response+json'],
        // JSON text never starts with a byte-order mark (RFC 8259); the decoder would drop it silently.
        verify: (_req, _res, buf) => {
          if (buf.subarray(0, 3).equals(UTF8_BOM))
            throw Object.assign(new SyntaxError('byte-order mark'), { type: 'entity.parse.failed', status: 400 });
        },
      }),
      // Any other body reaches Apollo as text, whose CSRF prevention and checks refuse it clearly.
      express.text({ limit: maxBody, type: () => true }),
    )
    .all(
      documentSize(limits),
      deadline(options, logger),
      (req, _res, next) => {
        // Apollo's integration insists on req.body; a GET has none.
        if (!('body' in req)) (req as { body?: unknown }).body = undefined;
        next();
      },
      expressMiddleware(options.apollo, {
        context: async ({ req, res }) =>
          options.context({
            ...(res.locals as Deadline),
            authorization: req.headers.authorization,
            client: req.socket.remoteAddress ?? 'unknown',
          }),
      }),
    );

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

  app.use((_req, res) => void res.status(404).json(requestError('Not found: the API is at /graphql.', 'NOT_FOUND')));
  app.use(errors(logger, maxBody));
  return app;
}

/** Refuses a document over the byte limit before Apollo parses it. */
function documentSize(limits: Limits): RequestHandler {
  return (req, res, next) => {
    const query = req.method === 'POST' ? (req.body as { query?: unknown } | undefined)?.query : req.query.query;
    if (typeof query === 'string' && Buffer.byteLength(query) > limits.maxDocumentBytes) {
      res.status(400).json({
        errors: [
          {
            message: `The GraphQL document is larger than ${limits.maxDocumentBytes} bytes.`,
            extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'documentBytes' },
          },
        ],
      });
      return;
    }
    next();
  };
}

/**
 * Once nobody waits for the answer (the request timed out, or the client went away) the request's
 * database work is stopped, not left running to its own transaction timeout. On time out the
 * client gets REQUEST_TIMEOUT at once; the execution still settles (its reads now fail fast) and
 * its late answer is dropped by the error handler.
 */
function deadline(options: HttpOptions, logger: Logger): RequestHandler {
  const ms = options.limits.requestTimeoutMs;
  return (req, res, next) => {
    const abandon = new AbortController();
    const timer = setTimeout(() => {
      abandon.abort();
      if (res.headersSent) return;
      logger.warn({ path: req.path }, 'request timed out');
      res.status(503).json(requestError('The request took too long and was stopped.', 'REQUEST_TIMEOUT'));
    }, ms);
    res.once('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) abandon.abort();
    });
    res.locals.signal = abandon.signal;
    res.locals.deadline = Date.now() + ms;
    next();
  };
}

/** Body-parser refusals as GraphQL-shaped errors; anything else logged and answered without internals. */
function errors(logger: Logger, maxBody: number): ErrorRequestHandler {
  return (err: { type?: string; status?: number } & Error, _req: Request, res: Response, _next) => {
    // A timed-out request's late answer, or a client that left: nothing can be sent any more.
    if (res.headersSent) return void res.end();
    if (err.type === 'entity.too.large') {
      // The rest of the body may be unread, so the connection cannot carry another request.
      res.set('connection', 'close');
      return void res.status(413).json(requestError(`The request body is larger than ${maxBody} bytes.`));
    }
    if (err.type === 'entity.parse.failed')
      return void res.status(400).json(requestError('The request body is not valid JSON.'));
    if (err.status && err.status >= 400 && err.status < 500)
      return void res.status(err.status).json(requestError(err.message));
    logger.error({ err }, 'http: unexpected error');
    res.status(500).json(requestError('Internal server error.', 'INTERNAL_SERVER_ERROR'));
  };
}
