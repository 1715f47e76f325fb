// The benchmark's own Neo4j: instance `bench` on its own ports (never the dev instance on 7687,
// never the test ports), heap and page cache 2g, wiped by removing its folder.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { instanceFor, start, stop, type Instance } from '../neo4j/launcher.js';
import type { LocalNeo4jConfig } from '../src/config.js';

export const BENCH_BOLT_PORT = Number(process.env.BENCH_BOLT_PORT ?? 27787);
export const BENCH_HTTP_PORT = Number(process.env.BENCH_HTTP_PORT ?? 27574);
export const DATABASE = 'neo4j';

/** Neo4j's memory: 2g each up to 1m; the 10m store (about 6 GB) needs its page cache to be larger. */
export interface BenchMemory {
  heap: string;
  pageCache: string;
}
export const DEFAULT_MEMORY: BenchMemory = { heap: '2g', pageCache: '2g' };

export function benchLocal(memory: BenchMemory = DEFAULT_MEMORY): LocalNeo4jConfig {
  const base = loadConfig({ ...process.env, NEO4J_URI: undefined, NEO4J_PASSWORD: undefined });
  return {
    ...base.local!,
    boltPort: BENCH_BOLT_PORT,
    httpPort: BENCH_HTTP_PORT,
    heap: memory.heap,
    pageCache: memory.pageCache,
    startTimeoutSeconds: 300,
  };
}

function passwordFile(cfg: LocalNeo4jConfig): string {
  return path.join(cfg.cacheDir, 'instances', 'bench.password');
}

export function benchInstance(fresh: boolean): Instance {
  const cfg = benchLocal();
  const file = passwordFile(cfg);
  let password: string;
  if (!fresh && fs.existsSync(file)) password = fs.readFileSync(file, 'utf8').trim();
  else {
    // Hex: a base64url password may begin with '-', which neo4j-admin reads as an option.
    password = randomBytes(12).toString('hex');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, password + '\n', { mode: 0o600 });
  }
  return instanceFor(cfg, 'bench', password);
}

/** Stops the bench instance if it runs and removes its data: the next start is empty. */
export async function wipe(log: (l: string) => void = console.log): Promise<void> {
  const cfg = benchLocal();
  const inst = instanceFor(cfg, 'bench', 'unused');
  if (await stop(inst)) log('bench neo4j: stopped');
  fs.rmSync(inst.dir, { recursive: true, force: true });
  fs.rmSync(passwordFile(cfg), { force: true });
}

/** A fresh, empty bench instance, started. */
export async function startFresh(
  log: (l: string) => void = console.log,
  memory: BenchMemory = DEFAULT_MEMORY,
): Promise<Instance> {
  await wipe(log);
  const inst = benchInstance(true);
  const r = await start(benchLocal(memory), inst, (l) => log(l.replace(/^neo4j:/, 'bench neo4j:')));
  log(
    `bench neo4j: ready on ${inst.boltUri} after ${r.seconds.toFixed(1)} s (heap ${memory.heap}, page cache ${memory.pageCache})`,
  );
  return inst;
}

/** The already running bench instance (after `bench:data --keep`), or undefined. */
export async function running(): Promise<Instance | undefined> {
  const cfg = benchLocal();
  if (!fs.existsSync(passwordFile(cfg))) return undefined;
  const inst = benchInstance(false);
  try {
    const r = await start(cfg, inst, () => {});
    return r.alreadyRunning ? inst : inst;
  } catch {
    return undefined;
  }
}

export async function stopBench(keep: boolean, log: (l: string) => void = console.log): Promise<void> {
  if (keep) {
    const inst = benchInstance(false);
    log(`bench neo4j: kept running on ${inst.boltUri} (--keep); data in ${inst.dir}`);
    return;
  }
  await wipe(log);
  log('bench neo4j: data folder removed');
}

export function benchDriver(inst: Instance, poolSize = 50): Driver {
  return neo4j.driver(inst.boltUri, neo4j.auth.basic(inst.username, inst.password), {
    maxConnectionPoolSize: poolSize,
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: (_l, m) => console.error(`neo4j-driver: ${m}`) },
  });
}
