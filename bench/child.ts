// One benchmark variant in its own process, so that its peak RSS is its own:
//   api          this API (startServer) as it ships: each root field planned whole, one statement
//   api-loaders  the planner one level at a time: every level of links its own (batched) statement
//   api-nobatch  one level at a time and no batching (one statement per parent)
//   api-cached   as shipped plus the response cache (RESPONSE_CACHE_SECONDS=300): the loop repeats
//                one request, so after the first it measures cache hits
//   ngql         the Neo4j GraphQL Library 7 on bench/neo4j-graphql.typeDefs.graphql
//   cypher       no server: runs one hand-written Cypher query per request through neo4j-driver,
//                timed in this process (the floor)
//   cypher-http  the same query behind a bare node:http server that answers its records as JSON:
//                the floor of any HTTP API (no GraphQL)
// Talks to bench/run.ts over IPC: {ready, port} once, then answers {cmd:'rss'} and, for
// cypher, {cmd:'run'}.
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { disablePretenuring } from '../src/heap.js';
import { createLogger } from '../src/log.js';
import { startServer } from '../src/server.js';
import { libraryTypeDefs } from './libraryTypeDefs.js';
import { runLoop } from './loop.js';
import { isDateMarker } from './ops.js';

const variant = process.argv[2] as
  'api' | 'api-loaders' | 'api-nobatch' | 'api-cached' | 'ngql' | 'cypher' | 'cypher-http';
const uri = process.env.BENCH_NEO4J_URI!;
const password = process.env.BENCH_NEO4J_PASSWORD!;
const database = 'neo4j';

// The API's heap policy (src/heap.ts) for every variant, floors and library included.
disablePretenuring();
const config = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: password, LOG_LEVEL: 'silent' });
// The API's own driver settings (pool 50, timeouts) for every variant.
const driver = createDriver({ uri, username: 'neo4j', password, database }, config.neo4j);
await driver.verifyConnectivity({ database });

let port = 0;
if (variant.startsWith('api')) {
  const server = await startServer(
    {
      driver,
      database,
      txTimeoutMs: 30_000,
      maxPageSize: config.maxPageSize,
      limits: { ...config.limits, requestTimeoutMs: 60_000 },
      logger: createLogger('silent'),
      batching: variant !== 'api-nobatch',
      lookahead: variant === 'api' || variant === 'api-cached',
      responseCacheSeconds: variant === 'api-cached' ? 300 : 0,
    },
    '127.0.0.1',
    0,
  );
  port = server.port;
} else if (variant === 'ngql') {
  const typeDefs = libraryTypeDefs();
  const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
  const schema = await neoSchema.getSchema();
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, { listen: { host: '127.0.0.1', port: 0 } });
  port = Number(new URL(url).port);
}

function params(p: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(p).map(([k, v]) => {
      if (!isDateMarker(v)) return [k, v];
      const [y, m, d] = v.__date.split('-').map(Number);
      return [k, new neo4j.types.Date(y!, m!, d!)];
    }),
  );
}

/**
 * The floors read the way the API does (src/db/driver.ts): one auto-commit statement in a read
 * session, the cheapest way the driver has (no BEGIN/COMMIT messages), so no variant is ahead of
 * the floor by how it talks to Neo4j.
 */
async function floorRead(cypher: string, p: Record<string, unknown>) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.run(cypher, p);
  } finally {
    await session.close();
  }
}

if (variant === 'cypher-http') {
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    try {
      const { cypher, params: p } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        cypher: string;
        params: Record<string, unknown>;
      };
      const result = await floorRead(cypher, params(p));
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ data: result.records.map((r) => r.toObject()) }));
    } catch (err) {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
}

process.on(
  'message',
  async (msg: {
    cmd: string;
    id: number;
    cypher?: string;
    params?: Record<string, unknown>;
    seconds?: number;
    concurrency?: number;
  }) => {
    if (msg.cmd === 'rss') {
      process.send!({ id: msg.id, peakRss: process.resourceUsage().maxRSS * 1024, rss: process.memoryUsage().rss });
    } else if (msg.cmd === 'run') {
      const p = params(msg.params ?? {});
      const once = async () => {
        const res = await floorRead(msg.cypher!, p);
        return res.records.length ? undefined : 'no rows';
      };
      if (msg.seconds === 0) {
        try {
          const res = await floorRead(msg.cypher!, p);
          process.send!({ id: msg.id, sample: res.records.map((r) => r.toObject()) });
        } catch (err) {
          process.send!({ id: msg.id, sample: [], error: (err as Error).message });
        }
        return;
      }
      const r = await runLoop(once, msg.seconds!, msg.concurrency!);
      process.send!({ id: msg.id, result: r });
    } else if (msg.cmd === 'exit') {
      await driver.close();
      process.exit(0);
    }
  },
);
process.send!({ ready: true, port });
