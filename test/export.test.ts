// npm run export writes the graph back in the seed format: loading the seed and exporting it
// gives the same facts (every node and relationship with the same content hash, the same digest),
// and a curated fact travels with it while a retracted one stays out.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createKey } from '../src/auth/index.js';
import { projectRoot } from '../src/config.js';
import { compileSeed } from '../src/write/seedFolder.js';
import { ADD_SOURCE, ASSERT, obligationRecords, RETRACT, sourceInput } from './curation-fixtures.js';
import { gqlAs, resetToSeed, testDriver } from './helpers.js';

const run = promisify(execFile);

async function exportTo(dir: string, ...flags: string[]): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/export.ts', '--out', dir, ...flags],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        NEO4J_URI: inject('neo4jUri'),
        NEO4J_USERNAME: inject('neo4jUsername'),
        NEO4J_PASSWORD: inject('neo4jPassword'),
        NEO4J_DATABASE: inject('neo4jDatabase'),
      },
    },
  );
  return stdout;
}

const hashes = (seed: ReturnType<typeof compileSeed>) => ({
  nodes: Object.fromEntries(seed.nodes.map((n) => [n.id, n.hash])),
  rels: Object.fromEntries(seed.rels.map((r) => [r.id, r.hash])),
});

describe('npm run export', () => {
  const dirs: string[] = [];
  const tmp = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
    dirs.push(d);
    return d;
  };
  afterAll(async () => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
    await resetToSeed();
  });

  it('exports the seeded graph as a seed folder that compiles to exactly the same facts', async () => {
    const dir = tmp();
    const stdout = await exportTo(dir);
    expect(stdout).toMatch(/^export: \d+ records in \d+ files, 3 source texts, 0 retracted facts left out/);
    const seed = compileSeed();
    const back = compileSeed(dir);
    expect(back.errors).toEqual([]);
    expect(hashes(back)).toEqual(hashes(seed));
    expect(back.digest).toBe(seed.digest);
  });

  it('a curated fact and its source are exported; a retracted one is left out and listed', async () => {
    const driver = testDriver();
    const token = `Bearer ${await createKey(driver, inject('neo4jDatabase'), 'export-test', 'editor')}`;
    await driver.close();
    const source = (await gqlAs(token, ADD_SOURCE, { input: sourceInput() })).data!.addSource.source.key;
    const asserted = await gqlAs(token, ASSERT, { input: { records: obligationRecords(source), reason: 'export' } });
    expect(asserted.errors).toBeUndefined();
    const retracted = await gqlAs(token, RETRACT, { input: { keys: ['tb-council|BEARS|tb-obl-plan'], reason: 'x' } });
    expect(retracted.errors).toBeUndefined();
    const dir = tmp();
    await exportTo(dir, '--include-retracted', '--with-history');
    const back = compileSeed(dir);
    expect(back.errors).toEqual([]);
    expect(back.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([source, 'tb-council', 'tb-obl-plan']));
    expect(back.rels.map((r) => r.id)).not.toContain('tb-council|BEARS|tb-obl-plan');
    expect(fs.readFileSync(path.join(dir, 'retracted.yaml'), 'utf8')).toContain('tb-council|BEARS|tb-obl-plan');
    expect(fs.readFileSync(path.join(dir, 'revisions.yaml'), 'utf8')).toContain('RETRACT_FACTS');
    const text = fs.readFileSync(path.join(dir, 'sources', `${source}.txt`), 'utf8');
    expect(text).toBe(sourceInput().content);
  });
});
