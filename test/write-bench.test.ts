// The write benchmark compares like with like: this API's assertFacts, the Neo4j GraphQL
// Library's generated create mutation and the raw Cypher write (bench/writeVariants.ts) each write
// the same batches, and the graph holds the same findings, passages, links and sources for each.
import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createKey } from '../src/auth/index.js';
import {
  apiRequest,
  countsUnder,
  makeBatch,
  ngqlRequest,
  SentencePool,
  sourceText,
  WRITE_VARIANTS,
  writeRaw,
} from '../bench/writeVariants.js';
import { libraryTypeDefs } from '../bench/libraryTypeDefs.js';
import { gqlAs, graphDigest, resetToSeed, testDriver } from './helpers.js';

const database = () => inject('neo4jDatabase');

describe('the write benchmark', () => {
  const driver = testDriver();
  let before: Awaited<ReturnType<typeof graphDigest>>;
  let bearer = '';

  beforeAll(async () => {
    before = await graphDigest();
    bearer = `Bearer ${await createKey(driver, database(), 'write-bench-test', 'editor')}`;
  });

  afterAll(async () => {
    await resetToSeed();
    await driver.close();
    expect(await graphDigest(), 'the file leaves the database as the seed').toEqual(before);
  });

  it('writes the same records with each of its three variants', async () => {
    const tag = `wbt${Date.now().toString(36)}`;
    const added = await gqlAs<{ addSource: { source: { key: string } } }>(
      bearer,
      `mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } } }`,
      {
        i: {
          content: sourceText(`${tag}s0`, 60),
          title: `Write bench ${tag}`,
          published: { value: '2026-01-01', precision: 'DAY' },
        },
      },
    );
    expect(added.errors).toBeUndefined();
    const pool = new SentencePool([{ key: added.data!.addSource.source.key, tag: `${tag}s0` }], 60);
    const typeDefs = libraryTypeDefs();
    const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

    const counts: Record<string, Awaited<ReturnType<typeof countsUnder>>> = {};
    for (const variant of WRITE_VARIANTS) {
      for (let b = 0; b < 2; b++) {
        const batch = makeBatch(`${tag}-${variant}-${b}`, pool);
        if (variant === 'api') {
          const r = await gqlAs(bearer, apiRequest(batch).query, apiRequest(batch).variables);
          expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
        } else if (variant === 'ngql') {
          const req = ngqlRequest(batch);
          const r = await graphql({ schema, source: req.query, variableValues: req.variables, contextValue: {} });
          expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
        } else await writeRaw(driver, database(), batch);
      }
      counts[variant] = await countsUnder(driver, database(), `${tag}-${variant}-`);
    }
    // Two batches: 20 findings, each citing its own passage, 18 links with a passage each, every
    // passage from the source.
    const expected = { findings: 20, evidence: 38, evidencedBy: 20, fromSource: 38, concerns: 18 };
    expect(counts).toEqual({ api: expected, ngql: expected, cypher: expected });
    // Only the API records what it did: one revision per batch, naming the batch's findings.
    const revisions = await driver.executeQuery(
      `MATCH (r:Revision {mutation: 'ASSERT_FACTS'}) WHERE any(e IN r.entities WHERE e STARTS WITH $prefix) RETURN count(r) AS n`,
      { prefix: tag },
      { database: database() },
    );
    expect(revisions.records[0]!.get('n')).toBe(2);
  });
});
