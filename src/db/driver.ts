// One driver per process; a Database per request counts its round trips so that logs, tests and
// benchmarks can see how many queries a GraphQL operation cost.
import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Config } from '../config.js';

export interface Connection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export function createDriver(conn: Connection, cfg: Config['neo4j']): Driver {
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.username, conn.password), {
    maxConnectionPoolSize: cfg.poolSize,
    // Fail fast when the database is away; the API answers "unavailable" rather than hanging.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 3_000,
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: (_level, message) => console.error(`neo4j-driver: ${message}`) },
  });
}

export class Database {
  roundTrips = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly txTimeoutMs: number,
  ) {}

  /** A read in its own managed transaction (retried on transient errors, bounded by a timeout). */
  async read<T extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    this.roundTrips++;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result: QueryResult<T> = await session.executeRead((tx) => tx.run<T>(cypher, params), {
        timeout: this.txTimeoutMs,
      });
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  }

  async write<T extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    this.roundTrips++;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const result = await session.executeWrite((tx) => tx.run<T>(cypher, params), { timeout: this.txTimeoutMs });
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  }
}
