// Database.read starts each query without the driver's eager call-site capture (src/db/driver.ts
// withoutCallSite): the stack trace limit must come back whatever happens, and a failed read must
// still say where it was made. And a read cannot write: its session is in READ mode, which Neo4j
// enforces on the auto-commit statement (docs/security.md, defence in depth). And the API's driver
// asks Neo4j for no notifications: every read names labels and properties a store may not hold
// yet (Retracted, retracted), and Neo4j would warn about each on every run. And a statement text's
// first run goes alone: reads of the same text wait for it (Neo4j plans it once, not once each).
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createDriver, Database } from '../src/db/driver.js';
import { cypherRows, testDriver } from './helpers.js';

let driver: Driver;
let db: Database;

beforeAll(() => {
  driver = testDriver();
  db = new Database(driver, inject('neo4jDatabase'), 10_000);
});
afterAll(async () => {
  await driver.close();
});

async function readFromHere(cypher: string) {
  return await db.read(cypher);
}

describe('a read', () => {
  it('leaves the stack trace limit as it found it, after a read that succeeds and one that fails', async () => {
    const before = Error.stackTraceLimit;
    expect(await db.read('RETURN 1 AS one')).toEqual([{ one: expect.anything() }]);
    expect(Error.stackTraceLimit).toBe(before);
    await expect(db.read('RETURN $missing AS x')).rejects.toThrow();
    expect(Error.stackTraceLimit).toBe(before);
    // Its own stacks keep their frames.
    expect(new Error('probe').stack!.split('\n').length).toBeGreaterThan(2);
  });

  it('that fails says where it was made', async () => {
    const err = (await readFromHere('RETURN nonsense(').catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toMatch(/Invalid input|syntax/i);
    expect(err.stack).toContain('read from:');
    expect(err.stack).toContain('readFromHere');
  });

  it('is refused by Neo4j when its statement writes, and writes nothing', async () => {
    const err = (await db.read("CREATE (n:ReadModeProbe {id: 'probe'}) RETURN n").catch((e: unknown) => e)) as Error & {
      code?: string;
    };
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBe('Neo.ClientError.Statement.AccessMode');
    const left = await cypherRows(driver, 'MATCH (n:ReadModeProbe) RETURN count(n) AS n');
    expect(Number(left[0]!.n)).toBe(0);
  });
});

describe("the API's driver", () => {
  // A label no store here holds, so that Neo4j has something to warn about.
  const naming = 'MATCH (n:NotificationProbeLabel) WHERE n.notificationProbeKey IS NULL RETURN count(n) AS n';

  it('gets no notifications back, where a driver left at its defaults gets a warning for the same statement', async () => {
    const database = inject('neo4jDatabase');
    const apiDriver = createDriver(
      { uri: inject('neo4jUri'), username: inject('neo4jUsername'), password: inject('neo4jPassword'), database },
      loadConfig({ NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: inject('neo4jPassword') }).neo4j,
    );
    try {
      const quiet = await apiDriver.executeQuery(naming, {}, { database });
      const warned = await driver.executeQuery(naming, {}, { database });
      expect(warned.summary.notifications.map((n) => n.code)).toContain(
        'Neo.ClientNotification.Statement.UnknownLabelWarning',
      );
      expect(quiet.summary.notifications).toEqual([]);
      expect(quiet.records[0]!.get('n')).toBe(0);
    } finally {
      await apiDriver.close();
    }
  });
});

describe('the first run of a statement text', () => {
  /** A driver whose sessions note when each run starts and ends, numbered in start order. */
  function watchedDriver(events: string[]): Driver {
    const watched = testDriver();
    const session = watched.session.bind(watched);
    watched.session = (config) => {
      const s = session(config);
      const run = s.run.bind(s);
      s.run = ((...args: Parameters<typeof s.run>) => {
        const n = events.filter((e) => e.startsWith('start')).length;
        events.push(`start ${n}`);
        const result = run(...args);
        result.then(
          () => events.push(`end ${n}`),
          () => events.push(`end ${n}`),
        );
        return result;
      }) as typeof s.run;
      return s;
    };
    return watched;
  }
  const text = () => `RETURN $i AS i, 1 / toInteger($divisor) AS q, '${randomUUID()}' AS text`;

  it('goes alone: reads of a text not answered yet wait for its first run, then all run at once', async () => {
    const events: string[] = [];
    const watched = watchedDriver(events);
    try {
      const database = inject('neo4jDatabase');
      const q = text();
      const reads = [0, 1, 2, 3].map((i) => new Database(watched, database, 10_000).read(q, { i, divisor: 1 }));
      expect((await Promise.all(reads)).map((rows) => rows[0]!.i)).toEqual([0, 1, 2, 3]);
      expect(events.slice(0, 5)).toEqual(['start 0', 'end 0', 'start 1', 'start 2', 'start 3']);
      // Answered once, the text is not waited for again.
      events.length = 0;
      await Promise.all([4, 5].map((i) => new Database(watched, database, 10_000).read(q, { i, divisor: 1 })));
      expect(events.slice(0, 2)).toEqual(['start 0', 'start 1']);
    } finally {
      await watched.close();
    }
  });

  it('that fails lets the waiting reads run, each with its own answer', async () => {
    const events: string[] = [];
    const watched = watchedDriver(events);
    try {
      const database = inject('neo4jDatabase');
      const q = text();
      const reads = [0, 1, 2].map((i) =>
        new Database(watched, database, 10_000).read(q, { i, divisor: i === 0 ? 0 : 1 }).then(
          (rows) => `row ${rows[0]!.i}`,
          (err: Error) => (/by zero/i.test(err.message) ? 'divided by zero' : err.message),
        ),
      );
      expect(await Promise.all(reads)).toEqual(['divided by zero', 'row 1', 'row 2']);
      expect(events.slice(0, 2)).toEqual(['start 0', 'end 0']);
    } finally {
      await watched.close();
    }
  });
});
