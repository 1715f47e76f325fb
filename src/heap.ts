// How V8 collects a serving process's garbage. Called first thing by every process that serves
// requests: the API (main.ts) and each benchmark variant (bench/child.ts), so that the library's
// server and the floors run on the same heap policy as the API.
import v8 from 'node:v8';

/**
 * Turns off V8's allocation-site pretenuring. V8 watches where objects are allocated and, when
 * most of a site's objects outlive a young-generation collection, allocates that site's objects
 * in the old generation from then on. Under neo4j-driver's run loop some sites tip over; their
 * objects, dead a request later, then hold what they point to through every scavenge, which is
 * copied and promoted in turn, and only a full collection frees it all. Measured on this machine
 * (BENCHMARKS.md, thirteenth run): a loop of `RETURN 1` promoted 6.9 KB per run with it and 2.5 KB
 * without (scavenges 9 → 5 ms); the API serving a page of obligations used 10-39% less CPU per
 * request side by side (median 27%, eleven pairs), the floor's HTTP server up to 18% less. A
 * request's objects are short-lived by nature, so nothing here gains from pretenuring. Set at run
 * time, before the work starts, the flag takes effect: the same loop calling this first promoted
 * 2.55 KB per run.
 */
export function disablePretenuring(): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}
