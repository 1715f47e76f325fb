// The one DataLoader, created fresh for every request by createContext: no cache outlives a
// request. It reads nodes by id, each with the plan of what the query reads of it and below it
// (src/db/projection.ts): the entry point for nodes no root query fetched ahead. Keys sharing a
// plan go in one query, so round trips grow with the number of such entry points in a query,
// not with the number of nodes at a level.
import DataLoader from 'dataloader';
import type { Database } from './db/driver.js';
import type { AnyNodeRecord } from './db/nodeRecords.js';
import { nodesByIds, type NodePlan } from './db/projection.js';

export interface NodeKey {
  id: string;
  /** Undefined: the whole node, without links. */
  plan?: NodePlan;
}

/** Numbers each plan object: plans are made once per operation (lookahead.ts), so identity names them. */
const planIds = new WeakMap<NodePlan, number>();
let nextPlanId = 1;
const planIdOf = (plan?: NodePlan) => {
  if (!plan) return 0;
  let id = planIds.get(plan);
  if (id === undefined) planIds.set(plan, (id = nextPlanId++));
  return id;
};

export function createLoaders(db: Database, batching = true) {
  let nodes: DataLoader<NodeKey, AnyNodeRecord | null, string> | undefined;
  return {
    // Made when a resolver first needs it: most requests are answered by their root query alone.
    get nodes() {
      return (nodes ??= new DataLoader<NodeKey, AnyNodeRecord | null, string>(
        async (keys) => {
          const byPlan = new Map<number, number[]>();
          keys.forEach((k, i) => byPlan.set(planIdOf(k.plan), [...(byPlan.get(planIdOf(k.plan)) ?? []), i]));
          const out = new Array<AnyNodeRecord | null>(keys.length);
          await Promise.all(
            [...byPlan.values()].map(async (idx) => {
              const found = await nodesByIds(
                db,
                idx.map((i) => keys[i]!.id),
                keys[idx[0]!]!.plan,
              );
              idx.forEach((i, j) => (out[i] = found[j]!));
            }),
          );
          return out;
        },
        { maxBatchSize: batching ? 1000 : 1, cacheKeyFn: (k) => `${k.id}|${planIdOf(k.plan)}` },
      ));
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
