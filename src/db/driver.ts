// One driver per process; a Database per request counts its round trips so that logs, tests and
// benchmarks can see how many queries a GraphQL operation cost.
import neo4j, { isRetryableError, type Driver, type RecordShape, type Session } from 'neo4j-driver';
import type { Logger } from 'pino';
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
    maxTransactionRetryTime: READ_RETRY_MS,
    disableLosslessIntegers: true,
    // Neo4j attaches a warning to every run of a statement that names a label or property the
    // store does not hold yet (Retracted, retracted: every read names them), ten to the obligations
    // list's. Nothing here reads them; building, sending and decoding them cost up to a fifth of a
    // read's CPU on either side (BENCHMARKS.md, twelfth run). Needs Bolt 5.2 (Neo4j 5.7) or later.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
    logging: { level: 'error', logger: (_level, message) => console.error(`neo4j-driver: ${message}`) },
  });
}

/** How long a read (and the driver's managed writes) keep retrying transient failures. */
const READ_RETRY_MS = 3_000;

/** Thrown by a read or write asked for after its request was abandoned (timed out or the client left). */
export class RequestAbandoned extends Error {
  constructor() {
    super('The request was abandoned; its database work was stopped.');
    this.name = 'RequestAbandoned';
  }
}

/**
 * Statement texts this process has had answered, by length, and those whose first run is under
 * way. Neo4j plans a statement on its first run and caches the plan by its text; requests of a new
 * shape arriving together each planned it: 16 at once took 3.9 s each where one took 1.8 s (the
 * obligations list filtered on a status, idle machine), and under the mixed load's 32 clients 35
 * of them passed the 5 s timeout (BENCHMARKS.md, seventeenth run). So a text's first run goes
 * alone and the others wait for it. By length, not in a Set: a text is built afresh per request,
 * and a Set would hash all of it each time (~10 µs for 7 KB) where comparing it with the few of
 * its length costs ~1 µs. Bounded: past the limit it starts again, which costs at most one more
 * waited-for first run per text.
 */
const answered = new Map<number, string[]>();
let answeredCount = 0;
const firstRuns = new Map<string, Promise<unknown>>();
const ANSWERED_TEXTS = 5_000;

function wasAnswered(cypher: string): boolean {
  return answered.get(cypher.length)?.includes(cypher) ?? false;
}

function markAnswered(cypher: string): void {
  if (answeredCount >= ANSWERED_TEXTS) {
    answered.clear();
    answeredCount = 0;
  }
  const same = answered.get(cypher.length);
  if (!same) answered.set(cypher.length, [cypher]);
  else if (!same.includes(cypher)) same.push(cypher);
  else return;
  answeredCount++;
}

/** Characters of a query's text a debug line carries: enough to recognise it. */
const QUERY_TEXT_LOGGED = 300;

export class Database {
  roundTrips = 0;
  private readonly open = new Set<Session>();

  /**
   * @param signal aborted when the request is abandoned: a query still running is stopped (its
   * session is closed, which makes the driver send RESET and Neo4j terminate the transaction) and
   * no new one starts.
   * @param deadline epoch ms after which nobody waits for an answer: each transaction's timeout is
   * cut to the time left, so Neo4j stops the work itself even if the RESET never arrives.
   */
  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly txTimeoutMs: number,
    private readonly signal?: AbortSignal,
    private readonly deadline?: number,
    /** At debug level, one line per query: its text, parameter names, rows and time. */
    private readonly log?: { logger: Logger; requestId: string },
  ) {}

  /** Listens for abandonment once the first session opens: most requests never open one. */
  private listening = false;
  private track(session: Session): void {
    if (!this.listening && this.signal) {
      this.listening = true;
      this.signal.addEventListener(
        'abort',
        () => {
          for (const s of this.open) void s.close().catch(() => undefined);
        },
        { once: true },
      );
    }
    this.open.add(session);
  }

  /**
   * A read as one auto-commit statement. Every read here is a single statement, so a managed
   * transaction's BEGIN and COMMIT only cost messages: measured on the search statement at
   * concurrency 8, auto-commit served 1.44x the requests with 0.56x the driver's CPU and 0.67x
   * Neo4j's per request (BENCHMARKS.md, "Sixth run"). What managed transactions add, retrying transient
   * failures (a cluster member leaving, a routing table going stale), is done here instead.
   */
  async read<T extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const giveUpAt = Date.now() + READ_RETRY_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.run<T>(cypher, params);
      } catch (err) {
        const wait = Math.min(1_000, 50 * 2 ** attempt) * (0.8 + Math.random() * 0.4);
        if (!isRetryableError(err) || this.signal?.aborted || Date.now() + wait > giveUpAt) throw err;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  /** Parameter names only: their values are what users typed. */
  private logQuery(cypher: string, params: Record<string, unknown>, rows: number, ms: number): void {
    const text = cypher.replace(/\s+/g, ' ').trim();
    this.log!.logger.debug(
      {
        requestId: this.log!.requestId,
        cypher: text.length > QUERY_TEXT_LOGGED ? `${text.slice(0, QUERY_TEXT_LOGGED)}…` : text,
        params: Object.keys(params),
        rows,
        durationMs: Math.round(ms * 10) / 10,
      },
      'cypher query',
    );
  }

  private timeout(): number {
    if (this.deadline === undefined) return this.txTimeoutMs;
    // Neo4j takes whole milliseconds and treats 0 as "no timeout": keep at least 1.
    return Math.max(1, Math.min(this.txTimeoutMs, Math.ceil(this.deadline - Date.now())));
  }

  /** Not async: a text answered before costs no promise more than its run. */
  private run<T extends RecordShape>(cypher: string, params: Record<string, unknown>): Promise<T[]> {
    return wasAnswered(cypher) ? this.runNow(cypher, params) : this.runFirst(cypher, params);
  }

  private async runFirst<T extends RecordShape>(cypher: string, params: Record<string, unknown>): Promise<T[]> {
    const first = firstRuns.get(cypher);
    if (first) {
      await first.catch(() => undefined);
      return this.runNow(cypher, params);
    }
    const run = this.runNow<T>(cypher, params);
    firstRuns.set(cypher, run);
    try {
      const rows = await run;
      markAnswered(cypher);
      return rows;
    } finally {
      firstRuns.delete(cypher);
    }
  }

  private async runNow<T extends RecordShape>(cypher: string, params: Record<string, unknown>): Promise<T[]> {
    if (this.signal?.aborted) throw new RequestAbandoned();
    this.roundTrips++;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    this.track(session);
    try {
      const started = performance.now();
      const result = await withoutCallSite(() => session.run<T>(cypher, params, { timeout: this.timeout() }));
      if (this.log?.logger.isLevelEnabled('debug'))
        this.logQuery(cypher, params, result.records.length, performance.now() - started);
      return result.records.map((r) => r.toObject());
    } catch (err) {
      if (this.signal?.aborted) throw new RequestAbandoned();
      // Where the failed query came from, taken now that it failed (see withoutCallSite).
      if (err instanceof Error)
        err.stack = `${err.stack ?? String(err)}\n    -- read from:${new Error().stack?.replace(/^Error/, '') ?? ''}`;
      throw err;
    } finally {
      this.open.delete(session);
      await session.close();
    }
  }
}

/**
 * Runs `start` (which must start a query synchronously) without the driver's call-site capture:
 * the driver formats a stack trace for every query it starts, in case it fails, and with source
 * maps on (tsx) that cost ~0.1–0.2 ms of CPU per query, about 5% of the API's CPU on a page of
 * obligations (BENCHMARKS.md, seventh run). The stack of a failed read is taken in `run` instead.
 */
function withoutCallSite<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
