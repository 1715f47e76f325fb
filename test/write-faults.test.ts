// The database stops in the middle of a large assertFacts: the transaction is seen running, Neo4j
// is stopped under it, and after a restart nothing of the batch is in the graph, no revision
// claims it, and the graph is exactly what it was. Only when the suite owns its Neo4j.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createKey } from '../src/auth/index.js';
import { instanceFor, probe, start, stop, type Instance } from '../neo4j/launcher.js';
import { ADD_SOURCE, ASSERT, sourceInput } from './curation-fixtures.js';
import { testLocalConfig } from './global-setup.js';
import { cypherRows, gqlAs, graphDigest, resetToSeed, startTestApi, testDriver } from './helpers.js';

const localDir = inject('localInstance');
const BATCH = 1000;

describe.skipIf(!localDir)('the database stops in the middle of a large write', () => {
  const local = testLocalConfig();
  const instance: Instance = {
    ...instanceFor(local, path.basename(localDir ?? ''), inject('neo4jPassword')),
    dir: localDir ?? '',
  };
  let token = '';
  let source = '';

  beforeAll(async () => {
    const driver = testDriver();
    token = `Bearer ${await createKey(driver, inject('neo4jDatabase'), 'faults-editor', 'editor')}`;
    await driver.close();
    source = (await gqlAs(token, ADD_SOURCE, { input: sourceInput() })).data!.addSource.source.key;
  });

  afterAll(async () => {
    if ((await probe(instance)) !== 'ok') await start(local, instance, (l) => console.log(`[write-faults] ${l}`));
    await resetToSeed();
  }, 240_000);

  it(`${BATCH} records: nothing half-written, and the revision log agrees with the graph`, async () => {
    const api = await startTestApi({ maxWriteBatch: BATCH });
    const before = await graphDigest();
    const records = Array.from({ length: BATCH }, (_, i) => ({
      id: `tb-fault-${i}`,
      type: 'Finding',
      kind: 'RISK',
      name: `f${i}`,
      evidence: [{ source, quote: 'late' }],
    }));
    const watcher = testDriver();
    try {
      const write = gqlAs(token, ASSERT, { input: { records, reason: 'fault test' } }, api.url);
      // Wait until the write transaction is running in Neo4j, then stop the server under it.
      let seen = false;
      for (let i = 0; i < 500 && !seen; i++) {
        const rows = await cypherRows(
          watcher,
          `SHOW TRANSACTIONS YIELD currentQuery, status WHERE currentQuery CONTAINS 'UNWIND $' RETURN count(*) AS n`,
        ).catch(() => [{ n: 0 }]);
        seen = Number(rows[0]!.n) > 0;
        if (!seen) await new Promise((r) => setTimeout(r, 10));
      }
      expect(seen, 'the write transaction was never seen running').toBe(true);
      await stop(instance);
      const answer = await write;
      console.log(
        `[write-faults] answer while stopping: HTTP ${answer.status} ${JSON.stringify(answer.errors ?? 'ok')}`,
      );
      // The driver retries the transaction while the server is going away; the request's own
      // deadline may end it first. Either way it is a coded failure, not an answer.
      expect(['DATABASE_UNAVAILABLE', 'REQUEST_TIMEOUT']).toContain(answer.errors?.[0]?.extensions?.code);
    } finally {
      await watcher.close().catch(() => undefined);
      await api.stop().catch(() => undefined);
    }
    await start(local, instance, (l) => console.log(`[write-faults] ${l}`));
    const driver = testDriver();
    try {
      const [row] = await cypherRows(
        driver,
        `RETURN COUNT { MATCH (f:Finding) WHERE f.id STARTS WITH 'tb-fault-' } AS written,
                COUNT { MATCH (r:Revision {reason: 'fault test'}) } AS revisions`,
      );
      expect(row).toEqual({ written: 0, revisions: 0 });
    } finally {
      await driver.close();
    }
    expect(await graphDigest()).toEqual(before);
    // And the API writes again once the database is back.
    const again = await gqlAs(token, ASSERT, { input: { records: records.slice(0, 5), reason: 'after the fault' } });
    expect(again.errors).toBeUndefined();
  }, 240_000);
});
