// Connections and abandoned work, over real HTTP and against the real Neo4j: an idle keep-alive
// connection outlives Node's old 5 s default and is reused without error (as a proxy or a load
// generator reuses it), and a request nobody waits for any more stops its database work.
import http from 'node:http';
import net from 'node:net';
import { Writable } from 'node:stream';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_KEEP_ALIVE_TIMEOUT_MS, loadConfig } from '../src/config.js';
import { Database, RequestAbandoned } from '../src/db/driver.js';
import { createLogger } from '../src/log.js';
import { startTestApi, testDriver } from './helpers.js';

/** Node's default keepAliveTimeout, which the server used to keep. */
const OLD_KEEP_ALIVE_MS = 5_000;
const IDLE_MS = OLD_KEEP_ALIVE_MS + 1_500;
const QUERY = JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  body: string;
  keepAlive: string | undefined;
  localPort: number;
  reused: boolean;
}

function post(agent: http.Agent): Promise<Answer> {
  const url = new URL(inject('apiUrl'));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            keepAlive: String(res.headers['keep-alive']),
            localPort: req.socket?.localPort ?? -1,
            reused: req.reusedSocket,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(QUERY);
  });
}

/** One raw HTTP/1.1 exchange on an open socket, as a client that ignores the Keep-Alive hint sends it. */
function exchange(socket: net.Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const head = text.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(text)?.[1];
      if (head >= 0 && length && Buffer.byteLength(text) >= head + 4 + Number(length)) {
        done();
        resolve(text);
      }
    };
    const onEnd = () => {
      done();
      reject(new Error(`the server closed the connection; got: ${JSON.stringify(text)}`));
    };
    const done = () => {
      socket.off('data', onData).off('end', onEnd).off('error', reject);
    };
    socket.on('data', onData).once('end', onEnd).once('error', reject);
    const url = new URL(inject('apiUrl'));
    socket.write(
      `POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(QUERY)}\r\n\r\n${QUERY}`,
    );
  });
}

describe('keep-alive connections', () => {
  it(`reuses a connection that stayed idle past the old ${OLD_KEEP_ALIVE_MS / 1000} s limit, with Node's agent and with a raw client`, async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const url = new URL(inject('apiUrl'));
    const socket = net.connect(Number(url.port), url.hostname);
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    try {
      const [first, rawFirst] = await Promise.all([post(agent), exchange(socket)]);
      expect(first.status).toBe(200);
      expect(first.reused).toBe(false);
      // Announced to clients, which (like Node's agent) stop reusing a connection a second before.
      expect(first.keepAlive).toBe(`timeout=${DEFAULT_KEEP_ALIVE_TIMEOUT_MS / 1000}`);
      expect(rawFirst).toMatch(/^HTTP\/1\.1 200 /);
      await sleep(IDLE_MS);
      const [second, rawSecond] = await Promise.all([post(agent), exchange(socket)]);
      expect(second.status).toBe(200);
      expect(JSON.parse(second.body).data.actors.totalCount).toBeGreaterThan(0);
      expect(second.reused, 'the agent opened a new connection instead of reusing the idle one').toBe(true);
      expect(second.localPort).toBe(first.localPort);
      expect(rawSecond).toMatch(/^HTTP\/1\.1 200 /);
      expect(rawSecond).toContain('"totalCount"');
    } finally {
      agent.destroy();
      socket.destroy();
    }
  });
});

describe('abandoned requests stop their database work', () => {
  // A query that would run for minutes, marked so that SHOW TRANSACTIONS can find it.
  const SLOW =
    'UNWIND range(1, 4000000000) AS i WITH i WHERE i % 1000000007 = -1 RETURN count(i) /* abandon-probe */ AS n';

  async function runningProbes(): Promise<string[]> {
    const driver = testDriver();
    try {
      const { records } = await driver.executeQuery(
        'SHOW TRANSACTIONS YIELD currentQuery, status',
        {},
        { database: inject('neo4jDatabase') },
      );
      return records
        .map((r) => String(r.get('currentQuery')))
        .filter((q) => q.includes('abandon-probe') && !q.startsWith('SHOW'));
    } finally {
      await driver.close();
    }
  }

  async function waitFor(what: string, check: () => Promise<boolean>, ms: number) {
    const until = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
      await sleep(100);
    }
  }

  it('an aborted read is terminated in Neo4j, not left running to its transaction timeout', async () => {
    const driver = testDriver();
    const abandon = new AbortController();
    const db = new Database(driver, inject('neo4jDatabase'), 120_000, abandon.signal);
    try {
      const read = db.read(SLOW).then(
        () => 'finished',
        (err: unknown) => err,
      );
      await waitFor('the slow query runs in Neo4j', async () => (await runningProbes()).length === 1, 20_000);
      const t0 = performance.now();
      abandon.abort();
      expect(await Promise.race([read, sleep(10_000).then(() => 'still running after 10 s')])).toBeInstanceOf(
        RequestAbandoned,
      );
      expect(performance.now() - t0).toBeLessThan(5_000);
      await waitFor('Neo4j no longer runs the slow query', async () => (await runningProbes()).length === 0, 5_000);
      // And nothing new starts once the request is abandoned.
      await expect(db.read('RETURN 1 AS one')).rejects.toBeInstanceOf(RequestAbandoned);
    } finally {
      await driver.close();
    }
  });

  it('no transaction outlives the request deadline, even without an abort', async () => {
    const driver = testDriver();
    const db = new Database(driver, inject('neo4jDatabase'), 120_000, undefined, Date.now() + 1_000);
    try {
      const t0 = performance.now();
      const read = db.read(SLOW).then(
        () => undefined,
        (e: unknown) => e,
      );
      const err = (await Promise.race([read, sleep(20_000).then(() => 'still running after 20 s')])) as
        { code?: string } | undefined;
      expect(err?.code).toMatch(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/);
      expect(performance.now() - t0).toBeLessThan(15_000);
      expect(await runningProbes()).toEqual([]);
    } finally {
      await driver.close();
    }
  });

  it('a request that times out over HTTP answers REQUEST_TIMEOUT and starts no more database work', async () => {
    // Without lookahead and batching every level of links is its own round trip, one per parent.
    const query = `{ actors(first: 100) { edges { node { name documentsIssued { node { name
      evidence { quote source { key } } obligations { node { action bearer { node { name } } } } } } } } } }`;
    const limits = loadConfig({}).limits;
    const full = await startTestApi({ lookahead: false, batching: false });
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _enc, next) {
        lines.push(JSON.parse(chunk.toString('utf8')));
        next();
      },
    });
    const hurried = await startTestApi({
      lookahead: false,
      batching: false,
      limits: { ...limits, requestTimeoutMs: 1 },
      logger: createLogger('info', sink),
    });
    try {
      const whole = await full.post(query);
      expect(whole.errors).toBeUndefined();
      const needed = whole.extensions!.neo4jRoundTrips!;
      expect(needed).toBeGreaterThan(10);

      const res = await fetch(hurried.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(res.status).toBe(503);
      expect((await res.json()).errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
      // The abandoned execution still ends (its reads fail fast) and logs how far it got.
      await waitFor(
        'the abandoned request is logged',
        async () => lines.some((l) => l.msg === 'graphql request'),
        10_000,
      );
      const logged = lines.find((l) => l.msg === 'graphql request')!;
      expect(logged.neo4jRoundTrips as number).toBeLessThan(needed);
      expect(lines.filter((l) => l.msg === 'resolver error')).toEqual([]);
    } finally {
      await full.stop();
      await hurried.stop();
    }
  });
});
