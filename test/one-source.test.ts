// One Source per text: `addSource` and `ingestDocument` key a text alike (by its content hash) and
// find a text already held, seed sources included, so the same text added both ways is one
// Source; each write of a new Source is one ADD_SOURCE revision, and adding a held text again
// writes none. A Source written before the hash was stored gets it at start. Over HTTP; the file
// puts the database back to the seed.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createKey } from '../src/auth/index.js';
import { applySchema } from '../src/db/schema.js';
import { contentHashOf } from '../src/write/compile.js';
import { cypherRows, gqlAs, graphDigest, resetToSeed, testDriver } from './helpers.js';
import { ADD_SOURCE, sourceInput } from './curation-fixtures.js';

const INGEST = `mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { created proposalsTotal document { key content } } }`;

let driver: Driver;
let token = '';
const database = () => inject('neo4jDatabase');

const sourcesHolding = async (text: string) =>
  await cypherRows(driver, `MATCH (s:Source) WHERE s.content = $text RETURN s.id AS key, s.contentHash AS hash`, {
    text,
  });
const revisionsOf = async (key: string) =>
  await cypherRows(
    driver,
    `MATCH (r:Revision) WHERE $key IN r.entities RETURN r.mutation AS mutation, r.author AS author`,
    { key },
  );

async function addSource(content: string) {
  const r = await gqlAs(token, ADD_SOURCE, { input: sourceInput(content) });
  expect(r.errors).toBeUndefined();
  return r.data!.addSource as { created: boolean; source: { key: string }; revision: { id: string } | null };
}
async function ingest(content: string) {
  const r = await gqlAs(token, INGEST, { input: { content, title: 'One text, two ways in', published: '2018-03-01' } });
  expect(r.errors).toBeUndefined();
  return r.data!.ingestDocument as { created: boolean; document: { key: string; content: string } };
}

describe('one Source per text, whichever way it comes in (over HTTP)', () => {
  let before: Awaited<ReturnType<typeof graphDigest>>;

  beforeAll(async () => {
    before = await graphDigest();
    driver = testDriver();
    token = `Bearer ${await createKey(driver, database(), 'one-source-ed', 'editor')}`;
  });

  afterAll(async () => {
    await cypherRows(driver, `MATCH (p:Proposal) DETACH DELETE p`);
    await resetToSeed();
    await driver.close();
    expect(await graphDigest()).toEqual(before);
  });

  it('addSource then ingestDocument: one Source, one revision; ingesting again writes nothing', async () => {
    const text = 'The Test Borough Council must publish its parking review by 31 March 2018, the regulator said.';
    const added = await addSource(text);
    expect(added.created).toBe(true);
    const ingested = await ingest(text);
    expect(ingested).toMatchObject({ created: false, document: { key: added.source.key, content: text } });
    expect(await sourcesHolding(text)).toEqual([{ key: added.source.key, hash: contentHashOf(text) }]);
    expect(await revisionsOf(added.source.key)).toEqual([{ mutation: 'ADD_SOURCE', author: 'one-source-ed' }]);
    expect((await ingest(text)).created).toBe(false);
    expect(await revisionsOf(added.source.key)).toHaveLength(1);
  });

  it('ingestDocument then addSource: the ingested Source is written as one ADD_SOURCE revision by its caller; addSource finds it', async () => {
    const text = 'Test Vale Council was told to set up a scrutiny panel within three months of 1 March 2018.';
    const ingested = await ingest(text);
    expect(ingested.created).toBe(true);
    const key = ingested.document.key;
    expect(key).toBe(`s-${contentHashOf(text).slice(0, 16)}`);
    expect(await revisionsOf(key)).toEqual([{ mutation: 'ADD_SOURCE', author: 'one-source-ed' }]);
    const added = await addSource(text);
    expect(added).toMatchObject({ created: false, source: { key }, revision: null });
    expect(await sourcesHolding(text)).toHaveLength(1);
    expect((await ingest(text)).created).toBe(false);
    expect(await revisionsOf(key)).toHaveLength(1);
  });

  it('a seed text added or ingested again is the seed Source', async () => {
    const [seed] = await cypherRows(
      driver,
      `MATCH (s:Source) WHERE s.seedHash IS NOT NULL RETURN s.id AS key, s.content AS content ORDER BY s.id LIMIT 1`,
    );
    const added = await addSource(seed!.content as string);
    expect(added).toMatchObject({ created: false, source: { key: seed!.key }, revision: null });
    expect((await ingest(seed!.content as string)).document.key).toBe(seed!.key);
    expect(await sourcesHolding(seed!.content as string)).toHaveLength(1);
  });

  it('a Source stored without its hash (before this change) gets it at start, and is then found by both ways in', async () => {
    const text = 'An old source added before texts were hashed: Test Dale Council must reply by 30 April 2018.';
    const key = `s-${contentHashOf(text).slice(0, 16)}`;
    await cypherRows(
      driver,
      `CREATE (s:Entity:Source {id: $key, name: 'Old', title: 'Old', content: $text, publishedLatest: date('2018-04-01')})`,
      { key, text },
    );
    await applySchema(driver, database());
    expect(await sourcesHolding(text)).toEqual([{ key, hash: contentHashOf(text) }]);
    // Idempotent: a second start changes nothing.
    const digest = await graphDigest();
    await applySchema(driver, database());
    expect(await graphDigest()).toEqual(digest);
    expect((await ingest(text)).document.key).toBe(key);
    expect((await addSource(text)).source.key).toBe(key);
    expect(await sourcesHolding(text)).toHaveLength(1);
  });
});
