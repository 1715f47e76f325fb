// The closed loop of `npm run load -- --writes F`: `concurrency` clients, each sending its next
// request as soon as the last one is answered; a request is a write with probability F (the
// writers' next write, with the run's bearer token), else one of the read mix at random. Every
// latency is kept per kind, so the percentiles are exact; a write's outcome is told to the writers.
import { postJson } from './loop.js';
import type { WriteRequest, Writers } from './loadWrites.js';

export interface ReadOp {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface MixedRun {
  /** Latencies in ms of answered requests by kind: 'read', 'assertFacts', 'retractFacts', 'addSource'. */
  latencies: Map<string, number[]>;
  errors: Map<string, number>;
  perOperation: Map<string, number>;
  seconds: number;
  firstError?: string;
}

export async function mixedRun(o: {
  port: number;
  seconds: number;
  concurrency: number;
  reads: ReadOp[];
  writes: number;
  writers: Writers;
  auth: string;
  /** Exactly these writes, all at once, instead of a timed run. */
  requests?: WriteRequest[];
}): Promise<MixedRun> {
  const out: MixedRun = { latencies: new Map(), errors: new Map(), perOperation: new Map(), seconds: 0 };
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const bodies = o.reads.map((r) => JSON.stringify({ query: r.query, variables: r.variables }));

  const one = async (write: WriteRequest | undefined) => {
    const i = write ? -1 : Math.floor(Math.random() * o.reads.length);
    const kind = write ? write.kind : 'read';
    add(out.perOperation, write ? write.kind : o.reads[i]!.name);
    const t = performance.now();
    let failure: string | undefined;
    let data: Record<string, never> | undefined;
    try {
      const r = await postJson(o.port, write ? write.body : bodies[i]!, write ? { authorization: o.auth } : {});
      const body = JSON.parse(r.text) as { data?: Record<string, never>; errors?: unknown };
      if (r.status !== 200 || body.errors) failure = `${kind}: ${r.status} ${r.text.slice(0, 300)}`;
      else data = body.data;
    } catch (err) {
      failure = `${kind}: ${(err as Error).message}`;
    }
    const ms = performance.now() - t;
    // The writers learn the outcome as a client would: a failed request is one they were not told succeeded.
    write?.settle(failure ? undefined : data);
    if (failure) {
      add(out.errors, kind);
      out.firstError ??= failure;
    } else {
      const l = out.latencies.get(kind);
      if (l) l.push(ms);
      else out.latencies.set(kind, [ms]);
    }
  };

  const t0 = performance.now();
  if (o.requests) await Promise.all(o.requests.map((w) => one(w)));
  else {
    const deadline = t0 + o.seconds * 1000;
    const worker = async () => {
      while (performance.now() < deadline) await one(Math.random() < o.writes ? o.writers.next() : undefined);
    };
    await Promise.all(Array.from({ length: o.concurrency }, worker));
  }
  out.seconds = (performance.now() - t0) / 1000;
  return out;
}
