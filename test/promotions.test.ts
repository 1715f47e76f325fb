// What one request allocates must be garbage by the next young-generation collection. An object
// literal whose getter closes over a request's objects breaks that: V8 keeps each literal's
// getter pair in the old generation, and from there it holds the request's objects through every
// scavenge until a full collection, so they are all copied to the old generation. Our per-request
// loaders were such a literal, and so was Apollo's request context for gateways (the path our
// compiled execution takes; patched, see patches/README.md): together they made
// scavenges some 15 ms instead of 1 and cost `{ __typename }` about a fifth of its throughput.
// Measured in a child process with the collector exposed, on the real modules.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config.js';

describe('per-request objects and the young generation', () => {
  it('a request leaves (next to) nothing in the old generation after scavenges', () => {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/fixtures/promotions.ts'], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const bytesPerRequest = JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number>;
    // The measurement sees the pattern: a literal with a getter over 1.6 KB promotes it all.
    expect(bytesPerRequest.literalWithGetter).toBeGreaterThan(1000);
    // A context with both loaders made (1.8 KB per request with the literal).
    expect(bytesPerRequest.context).toBeLessThan(200);
    // A whole request through Apollo and the compiled executor (4.2 KB unpatched).
    expect(bytesPerRequest.gatewayRequest).toBeLessThan(500);
  });
});
