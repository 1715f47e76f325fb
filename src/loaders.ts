// DataLoaders, created fresh for every request by createContext: no cache outlives a request.
// Each batch is one UNWIND query per kind of key, so round trips grow with a query's depth, not
// with the number of items at a level.
import DataLoader from 'dataloader';
import type { Database } from './db/driver.js';
import { linksOf, nodesByIds, type LinkQuery } from './db/entities.js';
import { statusesAsOf } from './db/obligations.js';
import type { LinkRecord, NodeRecord } from './db/records.js';
import { contentsOf, passagesOf } from './db/sources.js';

export interface LinkKey extends LinkQuery {
  id: string;
}

/** Splits keys into groups that one query can answer, runs the groups in parallel, keeps order. */
async function grouped<K, V>(keys: readonly K[], groupOf: (k: K) => string, run: (group: K[]) => Promise<V[]>): Promise<V[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const g = groupOf(k);
    groups.set(g, [...(groups.get(g) ?? []), i]);
  });
  const out = new Array<V>(keys.length);
  await Promise.all(
    [...groups.values()].map(async (idx) => {
      const values = await run(idx.map((i) => keys[i]!));
      idx.forEach((i, j) => (out[i] = values[j]!));
    }),
  );
  return out;
}

export function createLoaders(db: Database, batching = true) {
  const options = { maxBatchSize: batching ? 1000 : 1 };
  return {
    node: new DataLoader<string, NodeRecord | null>((ids) => nodesByIds(db, ids), options),
    links: new DataLoader<LinkKey, LinkRecord[], string>(
      (keys) =>
        grouped(
          keys,
          (k) => `${k.rel}|${k.dir}|${k.target ?? ''}|${k.limit}`,
          (group) => linksOf(db, group[0]!, group.map((k) => k.id)),
        ),
      { ...options, cacheKeyFn: (k) => `${k.id}|${k.rel}|${k.dir}|${k.target ?? ''}|${k.limit}` },
    ),
    status: new DataLoader<{ id: string; asOf: string }, string, string>(
      (keys) => grouped(keys, (k) => k.asOf, (group) => statusesAsOf(db, group.map((k) => k.id), group[0]!.asOf)),
      { ...options, cacheKeyFn: (k) => `${k.id}|${k.asOf}` },
    ),
    sourceContent: new DataLoader<string, string>((ids) => contentsOf(db, ids), options),
    passages: new DataLoader<{ id: string; limit: number }, NodeRecord[], string>(
      (keys) => grouped(keys, (k) => String(k.limit), (group) => passagesOf(db, group.map((k) => k.id), group[0]!.limit)),
      { ...options, cacheKeyFn: (k) => `${k.id}|${k.limit}` },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
