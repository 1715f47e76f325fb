// The request's DataLoaders, created fresh for every request by createContext: no cache outlives
// a request. `history` reads entities' revisions; `nodes` reads nodes by id, each with the plan of what the query reads of it and below it
// (src/db/projection.ts): the entry point for nodes no root query fetched ahead. Keys sharing a
// plan go in one query, so round trips grow with the number of such entry points in a query,
// not with the number of nodes at a level.
import DataLoader from 'dataloader';
import type { Database } from './db/driver.js';
import type { AnyNodeRecord } from './db/nodeRecords.js';
import { historyOf, type RevisionRecord } from './db/curation.js';
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

/**
 * Each loader is made when a resolver first needs it (most requests are answered by their root
 * query alone). Lazy here, not on the context: Apollo copies the context per operation, which would
 * call a getter there. A class, not an object literal with getters: V8 allocates a literal's
 * getter pair in the old generation, and that pair, through the getters' closures, held the
 * request's objects through every young-generation collection until a full one, so every
 * request's context was promoted (test/promotions.test.ts; BENCHMARKS.md, eleventh run).
 */
export class Loaders {
  #nodes: DataLoader<NodeKey, AnyNodeRecord | null, string> | undefined;
  #history: ReturnType<typeof historyLoader> | undefined;

  constructor(
    private readonly db: Database,
    private readonly batching = true,
  ) {}

  /** Each entity's revisions, newest first (by key and how many): one query per batch. */
  get history() {
    return (this.#history ??= historyLoader(this.db));
  }

  get nodes() {
    return (this.#nodes ??= nodesLoader(this.db, this.batching));
  }
}

function nodesLoader(db: Database, batching: boolean) {
  return new DataLoader<NodeKey, AnyNodeRecord | null, string>(
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
  );
}

/** Groups the keys asked for with one limit into one query. */
function historyLoader(db: Database) {
  return new DataLoader<{ key: string; limit: number }, RevisionRecord[], string>(
    async (asks) => {
      const byLimit = new Map<number, string[]>();
      for (const a of asks) byLimit.set(a.limit, [...(byLimit.get(a.limit) ?? []), a.key]);
      const found = new Map<string, RevisionRecord[]>();
      for (const [limit, keys] of byLimit) {
        const lists = await historyOf(db, keys, limit);
        keys.forEach((k, i) => found.set(`${k}|${limit}`, lists[i]!));
      }
      return asks.map((a) => found.get(`${a.key}|${a.limit}`) ?? []);
    },
    { cacheKeyFn: (a) => `${a.key}|${a.limit}` },
  );
}
