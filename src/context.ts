// Everything one GraphQL request needs: its database handle (with a round-trip counter), its own
// loaders, and the limits it runs under.
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { Database } from './db/driver.js';
import { Loaders } from './loaders.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { NodePlan } from './db/projection.js';
import type { Viewer } from './auth/index.js';

/**
 * What to fetch with the nodes a field answers, read from the query (src/resolvers/lookahead.ts
 * makes one). Declared here, where the request's context is, so that context does not import the
 * resolvers that import it.
 */
export interface Planner {
  /** What the query reads of the nodes below the field being resolved, at `path` (e.g. edges → node). */
  below(info: GraphQLResolveInfo, path: string[]): NodePlan | undefined;
  /** What the field being resolved, and all below it, reads of its parent node. */
  at(info: GraphQLResolveInfo): NodePlan;
}

export interface ContextOptions {
  driver: Driver;
  database: string;
  txTimeoutMs: number;
  maxPageSize: number;
  batching: boolean;
  /** What each field fetches with its nodes (resolvers/lookahead.ts). */
  planner: Planner;
  /** Aborted when the request is abandoned (timed out, or the client went away). */
  signal?: AbortSignal;
  /** Epoch ms when the request times out: no transaction is allowed to outlive it. */
  deadline?: number;
  /** Receives one debug line per Cypher query (LOG_LEVEL=debug). */
  logger?: Logger;
  /** Who the request's bearer token names (src/auth), resolved before the context is made. */
  viewer?: Viewer | null;
  /** The most records one assertFacts may carry (MAX_WRITE_BATCH). */
  maxWriteBatch?: number;
  /** The operation limits; ingestion reads its document size limit from them. */
  limits?: { maxIngestBytes?: number };
}

export interface Context {
  requestId: string;
  db: Database;
  loaders: Loaders;
  maxPageSize: number;
  /** What a field fetches with its nodes (see resolvers/lookahead.ts). */
  plan: Planner;
  /** Aborted when nobody waits for the answer any more. */
  signal?: AbortSignal;
  /** Who is asking: null without a token (reads are open; writes need one). */
  viewer: Viewer | null;
  /** What mutations write through: the driver's write transactions, and their limits. */
  writer: { driver: Driver; database: string; maxWriteBatch: number };
  /** Largest document `ingestDocument` takes, in bytes. */
  maxIngestBytes?: number;
}

export function createContext(options: ContextOptions): Context {
  const requestId = randomUUID();
  const log = options.logger ? { logger: options.logger, requestId } : undefined;
  const db = new Database(options.driver, options.database, options.txTimeoutMs, options.signal, options.deadline, log);
  return {
    requestId,
    db,
    loaders: new Loaders(db, options.batching),
    maxPageSize: options.maxPageSize,
    plan: options.planner,
    signal: options.signal,
    viewer: options.viewer ?? null,
    writer: { driver: options.driver, database: options.database, maxWriteBatch: options.maxWriteBatch ?? 200 },
    maxIngestBytes: options.limits?.maxIngestBytes,
  };
}
