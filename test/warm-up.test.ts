// The start-up warm-up asks every example operation the explorer opens with, against the seeded
// database, and says how it went in one log line.
import { Writable } from 'node:stream';
import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';
import { warmUp } from '../src/warmUp.js';
import { EXPLORER_EXAMPLES } from '../src/explorer.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

describe('warm-up', () => {
  it('asks every example operation once and logs none failed', async () => {
    const { lines, logger } = capture();
    await warmUp(inject('apiUrl'), logger);
    const line = lines.find((l) => l.msg === 'warm-up: example operations planned');
    expect(line).toMatchObject({ operations: EXPLORER_EXAMPLES.length, failed: 0 });
    expect(line!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('counts the operations a server refuses (here: nothing listens)', async () => {
    const { lines, logger } = capture();
    await warmUp('http://127.0.0.1:9/graphql', logger);
    expect(lines.at(-1)).toMatchObject({ operations: EXPLORER_EXAMPLES.length, failed: EXPLORER_EXAMPLES.length });
  });
});
