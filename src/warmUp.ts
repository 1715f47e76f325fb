// After start-up, the explorer's example operations are asked once over loopback, so that Neo4j
// has planned their statements before a person asks: the first planning of a large compiled
// statement took 1–5 s on the loaded 2-core machine (BENCHMARKS.md), and Neo4j caches the plan
// by the statement's text, which is the same for every later request of the same shape.
import type { Logger } from 'pino';
import { EXPLORER_EXAMPLES } from './explorer.js';

export async function warmUp(url: string, logger: Logger): Promise<void> {
  const started = performance.now();
  let failed = 0;
  for (const example of EXPLORER_EXAMPLES) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: example.query, variables: JSON.parse(example.variables ?? '{}') }),
      });
      if (!res.ok) failed++;
    } catch {
      failed++;
    }
  }
  const ms = Math.round(performance.now() - started);
  logger.info({ operations: EXPLORER_EXAMPLES.length, failed, durationMs: ms }, 'warm-up: example operations planned');
}
