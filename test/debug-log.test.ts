// LOG_LEVEL=debug shows each Cypher query a request sent: its text, parameter names (never their
// values), rows and time, under the request's id.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';
import { startTestApi } from './helpers.js';

function sink() {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk, _enc, next) {
      lines.push(JSON.parse(chunk.toString('utf8')));
      next();
    },
  });
  return { lines, stream };
}

describe('debug log of Cypher queries', () => {
  it('logs one line per query sent, with rows and time, and no parameter values', async () => {
    const { lines, stream } = sink();
    const api = await startTestApi({ logger: createLogger('debug', stream), lookahead: false });
    try {
      const secret = 'Powys-typed-by-a-user';
      const r = await api.post(
        `query Q($t: String!) { search(text: $t) { type } sources(first: 2) { edges { node { key } } } }`,
        { t: secret },
      );
      expect(r.errors).toBeUndefined();
      const request = lines.find((l) => l.msg === 'graphql request')!;
      const queries = lines.filter((l) => l.msg === 'cypher query');
      expect(queries.length).toBe(r.extensions!.neo4jRoundTrips);
      expect(queries.length).toBeGreaterThanOrEqual(2);
      for (const q of queries) {
        expect(q.level).toBe(20);
        expect(q.requestId).toBe(request.requestId);
        expect(q.cypher).toMatch(/MATCH|CALL|RETURN/);
        expect(q.cypher.length).toBeLessThanOrEqual(301);
        expect(Array.isArray(q.params)).toBe(true);
        expect(typeof q.rows).toBe('number');
        expect(q.durationMs).toBeGreaterThanOrEqual(0);
      }
      expect(queries.some((q) => q.rows === 2 || q.rows === 1)).toBe(true);
      expect(JSON.stringify(queries)).not.toContain(secret);
    } finally {
      await api.stop();
    }
  });

  it('logs nothing per query at the default level', async () => {
    const { lines, stream } = sink();
    const api = await startTestApi({ logger: createLogger('info', stream) });
    try {
      const r = await api.post('{ sources(first: 1) { totalCount } }');
      expect(r.errors).toBeUndefined();
      expect(lines.some((l) => l.msg === 'graphql request')).toBe(true);
      expect(lines.filter((l) => l.msg === 'cypher query')).toEqual([]);
    } finally {
      await api.stop();
    }
  });
});
