// A bounded closed loop: `concurrency` workers issue requests back to back for `seconds`, every
// latency is kept (so p95 and p99 are exact), and in-flight requests finish before it returns.
import http from 'node:http';

export interface LoopResult {
  latencies: number[];
  errors: number;
  seconds: number;
  firstError?: string;
}

export async function runLoop(
  once: () => Promise<string | undefined>,
  seconds: number,
  concurrency: number,
): Promise<LoopResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const s = performance.now();
      try {
        const err = await once();
        if (err) {
          errors++;
          firstError ??= err;
        } else latencies.push(performance.now() - s);
      } catch (e) {
        errors++;
        firstError ??= (e as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, errors, seconds: (performance.now() - t0) / 1000, firstError };
}

// One keep-alive pool per process: the mixed load runs 32 clients and more against one port.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/**
 * POSTs a GraphQL request on loopback (with `headers`, e.g. a bearer token); resolves with the body
 * text and the HTTP status. A request sent on a kept-alive socket that the server closed while it
 * sat idle (node:http's servers close them after 5 s; between one variant's slices the bench's
 * sockets wait longer) is sent once more on a new socket: the server never read it, so nothing runs
 * twice. In the twelfth run the floor over HTTP lost 8 requests (one per socket) this way on 3 of
 * its 30 operations and scales.
 */
export function postJson(
  port: number,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const send = (retried: boolean) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', (err: NodeJS.ErrnoException) => {
        if (!retried && req.reusedSocket && err.code === 'ECONNRESET') send(true).then(resolve, reject);
        else reject(err);
      });
      req.end(body);
    });
  return send(false);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
