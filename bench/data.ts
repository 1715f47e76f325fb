// One scale of benchmark data in the bench Neo4j: a fresh instance, the schema (applySchema), the
// seed corpus, and for scales above 1x the synthetic councils up to the target size.
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../src/db/schema.js';
import { writeSeed } from '../src/db/curation.js';
import { compileSeed } from '../src/write/seedFolder.js';
import type { Instance } from '../neo4j/launcher.js';
import { generate, load } from './generate.js';
import { benchDriver, DATABASE, DEFAULT_MEMORY, startFresh, type BenchMemory } from './instance.js';

export const SCALES = ['1x', '10k', '100k', '1m', '10m'] as const;
export type Scale = (typeof SCALES)[number];

export function targetOf(scale: Scale): number {
  return { '1x': 0, '10k': 10_000, '100k': 100_000, '1m': 1_000_000, '10m': 10_000_000 }[scale];
}

/**
 * Neo4j's memory per scale, on the 24 GiB machine the figures come from: at 10m the store is
 * about 6 GB, and a page cache smaller than the graph would measure the disk, not the API.
 */
export function memoryOf(scale: Scale): BenchMemory {
  return scale === '10m' ? { heap: '4g', pageCache: '8g' } : DEFAULT_MEMORY;
}

export function parseScales(arg: string | undefined): Scale[] {
  const list = (arg ?? '1x,10k,100k').split(',').map((s) => s.trim().toLowerCase());
  for (const s of list)
    if (!SCALES.includes(s as Scale)) throw new Error(`unknown scale "${s}": use ${SCALES.join(', ')}`);
  return list as Scale[];
}

export interface LoadReport {
  scale: Scale;
  nodes: number;
  relationships: number;
  councils: number;
  generateSeconds: number;
  loadSeconds: number;
  indexSeconds: number;
  totalSeconds: number;
}

export async function prepareScale(
  scale: Scale,
  log: (l: string) => void = console.log,
): Promise<{ inst: Instance; driver: Driver; report: LoadReport }> {
  const inst = await startFresh(log, memoryOf(scale));
  const driver = benchDriver(inst);
  const t0 = Date.now();
  await applySchema(driver, DATABASE);
  const seed = compileSeed();
  if (seed.errors.length) throw new Error(`seed errors: ${seed.errors.length}`);
  await writeSeed(driver, DATABASE, seed);
  const seedCount = seed.nodes.length + seed.rels.length;
  log(`${scale}: seed corpus written (${seed.nodes.length} nodes, ${seed.rels.length} relationships)`);
  let generateSeconds = 0;
  let loadSeconds = 0;
  let councils = 0;
  const target = targetOf(scale);
  if (target > seedCount) {
    const tg = Date.now();
    const g = generate(target - seedCount);
    generateSeconds = (Date.now() - tg) / 1000;
    councils = g.councils;
    log(
      `${scale}: generated ${g.nodes.length.toLocaleString('en')} nodes and ${g.rels.length.toLocaleString('en')} relationships (${g.councils} councils x 20 years) in ${generateSeconds.toFixed(1)} s`,
    );
    loadSeconds = (await load(driver, DATABASE, g, (l) => log(`${scale}: ${l}`))).seconds;
  }
  const ti = Date.now();
  await driver.executeQuery('CALL db.awaitIndexes(600)', {}, { database: DATABASE });
  const indexSeconds = (Date.now() - ti) / 1000;
  const counts = await driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    {},
    { database: DATABASE },
  );
  const nodes = Number(counts.records[0]!.get('nodes'));
  const relationships = Number(counts.records[0]!.get('rels'));
  const totalSeconds = (Date.now() - t0) / 1000;
  log(
    `${scale}: ${nodes.toLocaleString('en')} nodes + ${relationships.toLocaleString('en')} relationships = ${(nodes + relationships).toLocaleString('en')}; loaded in ${totalSeconds.toFixed(1)} s (generate ${generateSeconds.toFixed(1)} s, write ${loadSeconds.toFixed(1)} s, indexes ${indexSeconds.toFixed(1)} s)`,
  );
  return {
    inst,
    driver,
    report: { scale, nodes, relationships, councils, generateSeconds, loadSeconds, indexSeconds, totalSeconds },
  };
}
