// DataLoaders, created fresh for every request by createContext: no cache outlives a request.
// Each batch is one UNWIND query per kind of key, so round trips grow with a query's depth, not
// with the number of items at a level.
import DataLoader from 'dataloader';
import type { Database } from './db/driver.js';
import { linksOf, nodesByIds, type LinkQuery } from './db/entities.js';
import { statedLinks } from './db/findings.js';
import { statusesAsOf } from './db/obligations.js';
import type { AnyNodeRecord, EvidenceRecord } from './db/nodeRecords.js';
import type { LinkRecord } from './db/records.js';
import type { ObligationStatus } from './db/status.js';
import { contentsOf, passagesOf } from './db/sources.js';

export interface LinkKey extends LinkQuery {
  id: string;
}

/** Splits keys into groups that one query can answer, runs the groups in parallel, keeps order. */
async function grouped<K, V>(
  keys: readonly K[],
  groupOf: (k: K) => string,
  run: (group: K[]) => Promise<V[]>,
): Promise<V[]> {
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

type Options = { maxBatchSize: number };

const factories = {
  node: (db: Database, o: Options) => new DataLoader<string, AnyNodeRecord | null>((ids) => nodesByIds(db, ids), o),
  links: (db: Database, o: Options) =>
    new DataLoader<LinkKey, LinkRecord[], string>(
      (keys) =>
        grouped(
          keys,
          (k) => `${k.rel}|${k.dir}|${k.target ?? ''}|${k.limit}`,
          (group) =>
            linksOf(
              db,
              group[0]!,
              group.map((k) => k.id),
            ),
        ),
      { ...o, cacheKeyFn: (k) => `${k.id}|${k.rel}|${k.dir}|${k.target ?? ''}|${k.limit}` },
    ),
  status: (db: Database, o: Options) =>
    new DataLoader<{ id: string; asOf: string }, ObligationStatus, string>(
      (keys) =>
        grouped(
          keys,
          (k) => k.asOf,
          (group) =>
            statusesAsOf(
              db,
              group.map((k) => k.id),
              group[0]!.asOf,
            ),
        ),
      { ...o, cacheKeyFn: (k) => `${k.id}|${k.asOf}` },
    ),
  stated: (db: Database, o: Options) =>
    new DataLoader<{ id: string; dir: 'out' | 'in'; limit: number }, LinkRecord[], string>(
      (keys) =>
        grouped(
          keys,
          (k) => `${k.dir}|${k.limit}`,
          (group) =>
            statedLinks(
              db,
              group[0]!.dir,
              group.map((k) => k.id),
              group[0]!.limit,
            ),
        ),
      { ...o, cacheKeyFn: (k) => `${k.id}|${k.dir}|${k.limit}` },
    ),
  sourceContent: (db: Database, o: Options) => new DataLoader<string, string>((ids) => contentsOf(db, ids), o),
  passages: (db: Database, o: Options) =>
    new DataLoader<{ id: string; limit: number }, EvidenceRecord[], string>(
      (keys) =>
        grouped(
          keys,
          (k) => String(k.limit),
          (group) =>
            passagesOf(
              db,
              group.map((k) => k.id),
              group[0]!.limit,
            ),
        ),
      { ...o, cacheKeyFn: (k) => `${k.id}|${k.limit}` },
    ),
};

type LoaderSet = { [K in keyof typeof factories]: ReturnType<(typeof factories)[K]> };

export function createLoaders(db: Database, batching = true) {
  const options = { maxBatchSize: batching ? 1000 : 1 };
  // Each loader is made when a resolver first needs it: most requests are answered by lookahead
  // and need none, and making five per request showed in the profile of small requests.
  const made: Partial<LoaderSet> = {};
  const loaders = {} as LoaderSet;
  for (const k of Object.keys(factories) as (keyof LoaderSet)[]) {
    Object.defineProperty(loaders, k, {
      enumerable: true,
      get: () => (made[k] ??= factories[k](db, options) as never),
    });
  }
  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;
