// Configuration: defaults, and a wrong value stops start-up with one line naming the variable.
import { execFileSync } from 'node:child_process';
import neo4j from 'neo4j-driver';
import { describe, expect, it, inject } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('defaults to the local server on loopback', () => {
    const c = loadConfig({});
    expect(c.local?.boltPort).toBe(7687);
    expect(c.local?.httpPort).toBe(7474);
    // Idle connections outlive a proxy's 60 s idle timeout; a reused one gets longer for its headers.
    expect(c.http).toEqual({ host: '127.0.0.1', port: 4000, keepAliveTimeoutMs: 65_000, headersTimeoutMs: 66_000 });
    expect(loadConfig({ KEEP_ALIVE_TIMEOUT_MS: '620000', HEADERS_TIMEOUT_MS: '630000' }).http).toMatchObject({
      keepAliveTimeoutMs: 620_000,
      headersTimeoutMs: 630_000,
    });
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.responseCacheSeconds).toBe(0);
    expect(c.execution).toBe('compiled');
    expect(loadConfig({ GRAPHQL_EXECUTION: 'graphql-js' }).execution).toBe('graphql-js');
  });

  it('uses NEO4J_URI and starts nothing when it is set', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'x' });
    expect(c.local).toBeUndefined();
    expect(c.neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
  });

  it.each([
    [{ PORT: 'eighty' }, /^Invalid PORT \(got "eighty"\)/],
    [{ NEO4J_BOLT_PORT: '70000' }, /^Invalid NEO4J_BOLT_PORT/],
    [{ NEO4J_URI: 'http://x' }, /^Invalid NEO4J_URI/],
    [{ NEO4J_URI: 'bolt://x' }, /^Invalid NEO4J_PASSWORD: is required when NEO4J_URI is set/],
    [{ NEO4J_HEAP: 'lots' }, /^Invalid NEO4J_HEAP/],
    [{ MAX_PAGE_SIZE: '0' }, /^Invalid MAX_PAGE_SIZE/],
    [{ RESPONSE_CACHE_SECONDS: '-1' }, /^Invalid RESPONSE_CACHE_SECONDS/],
    [{ RESPONSE_CACHE_SECONDS: 'forever' }, /^Invalid RESPONSE_CACHE_SECONDS/],
    [{ GRAPHQL_EXECUTION: 'jit' }, /^Invalid GRAPHQL_EXECUTION/],
    [{ KEEP_ALIVE_TIMEOUT_MS: '0' }, /^Invalid KEEP_ALIVE_TIMEOUT_MS/],
    [{ KEEP_ALIVE_TIMEOUT_MS: 'long' }, /^Invalid KEEP_ALIVE_TIMEOUT_MS/],
    [
      { KEEP_ALIVE_TIMEOUT_MS: '70000' },
      /^Invalid HEADERS_TIMEOUT_MS: must be greater than KEEP_ALIVE_TIMEOUT_MS \(70000\)/,
    ],
    [{ KEEP_ALIVE_TIMEOUT_MS: '5000', HEADERS_TIMEOUT_MS: '5000' }, /^Invalid HEADERS_TIMEOUT_MS/],
  ])('rejects %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never echoes a password', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://x', NEO4J_PASSWORD: '' })).toThrow(/NEO4J_PASSWORD/);
    try {
      loadConfig({ NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: '!' });
    } catch (e) {
      expect(String(e)).not.toMatch(/secret/);
    }
  });

  it('stops npm start with a one-line message naming the variable', () => {
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'src/main.ts'], {
        env: { ...process.env, PORT: 'abc' },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      stderr = (e as { stderr: string }).stderr;
      expect((e as { status: number }).status).toBe(2);
    }
    const lines = stderr.split('\n').filter((l) => l.trim() && !l.startsWith('npm warn'));
    expect(lines).toEqual(['Invalid PORT (got "abc"): Invalid input: expected number, received NaN']);
  });
});

describe('connection schemes', () => {
  it('works over neo4j:// (routing) as well as bolt://', async () => {
    const uri = inject('neo4jUri').replace(/^bolt:/, 'neo4j:');
    const driver = neo4j.driver(uri, neo4j.auth.basic(inject('neo4jUsername'), inject('neo4jPassword')));
    try {
      const res = await driver.executeQuery(
        'MATCH (s:Source) RETURN count(s) AS n',
        {},
        { database: inject('neo4jDatabase') },
      );
      expect(Number(res.records[0]!.get('n'))).toBe(3);
    } finally {
      await driver.close();
    }
  });
});
