// Everything one GraphQL request needs: its database handle (with a round-trip counter), its own
// loaders, and the limits it runs under.
import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { Database } from './db/driver.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { NodePlan } from './db/entities.js';
import { factsOfPassages, type FactRecord } from './db/sources.js';

/**
 * What a root field should fetch with its nodes, read from the query (src/resolvers/lookahead.ts
 * makes one). Declared here, where the request's context is, so that context does not import the
 * resolvers that import it.
 */
export type Planner = (info: GraphQLResolveInfo, path: string[]) => NodePlan | undefined;

export interface ContextOptions {
  driver: Driver;
  database: string;
  txTimeoutMs: number;
  maxPageSize: number;
  batching: boolean;
  /** Fetches links ahead in root queries; null leaves every level to the loaders. */
  planner: Planner | null;
  /** Aborted when the request is abandoned (timed out, or the client went away). */
  signal?: AbortSignal;
  /** Epoch ms when the request times out: no transaction is allowed to outlive it. */
  deadline?: number;
  /** Receives one debug line per Cypher query (LOG_LEVEL=debug). */
  logger?: Logger;
}

export interface Context {
  requestId: string;
  db: Database;
  loaders: Loaders;
  maxPageSize: number;
  /** The links a root field should fetch with its nodes (see resolvers/lookahead.ts). */
  plan: Planner;
  /** Aborted when nobody waits for the answer any more. */
  signal?: AbortSignal;
  /** The facts each passage states (Evidence.facts), up to the page size, batched per request. */
  passageFacts: DataLoader<string, FactRecord[]>;
}

export function createContext(options: ContextOptions): Context {
  const requestId = randomUUID();
  const log = options.logger ? { logger: options.logger, requestId } : undefined;
  const db = new Database(options.driver, options.database, options.txTimeoutMs, options.signal, options.deadline, log);
  return {
    requestId,
    db,
    loaders: createLoaders(db, options.batching),
    maxPageSize: options.maxPageSize,
    plan: options.planner ?? (() => undefined),
    signal: options.signal,
    passageFacts: new DataLoader((ids) => factsOfPassages(db, ids, options.maxPageSize), {
      maxBatchSize: options.batching ? 1000 : 1,
    }),
  };
}
