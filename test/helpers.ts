// What tests share: a GraphQL client over HTTP and a driver on the test database.
import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { startServer, type ServerOptions } from '../src/server.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: (string | number)[] }[];
  extensions?: { neo4jRoundTrips?: number };
}

export async function gql<T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
): Promise<GraphQLResponse<T>> {
  const res = await fetch(inject('apiUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

/** Like gql, but fails the test on any GraphQL error. */
export async function gqlOk<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await gql<T>(query, variables);
  if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data!;
}

export function testDriver(): Driver {
  return neo4j.driver(inject('neo4jUri'), neo4j.auth.basic(inject('neo4jUsername'), inject('neo4jPassword')), {
    disableLosslessIntegers: true,
  });
}

/** Rows of a read on the test database, as plain objects: what the graph holds, for a test to compare with. */
export async function cypherRows(driver: Driver, query: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(query, params, { database: inject('neo4jDatabase') });
  return records.map((r) => r.toObject());
}

export function globalId(type: string, key: string): string {
  return Buffer.from(`${type}:${key}`).toString('base64url');
}

/** Neo4j temporal and spatial values become their text, maps get sorted keys: a stable form to hash. */
function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(canonical);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return `${(value as object).constructor.name}:${String(value)}`;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
  );
}

/** Counts and a content hash of the whole test graph, to prove a test left it unchanged. */
export async function graphDigest(): Promise<{ nodes: number; relationships: number; sha256: string }> {
  const driver = testDriver();
  const session = driver.session({ database: inject('neo4jDatabase'), defaultAccessMode: 'READ' });
  try {
    const nodes = await session.run('MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props');
    const rels = await session.run(
      'MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS from, elementId(b) AS to, properties(r) AS props',
    );
    const lines = [
      ...nodes.records.map(
        (r) =>
          `N ${JSON.stringify(canonical({ id: r.get('id'), labels: [...r.get('labels')].sort(), props: r.get('props') }))}`,
      ),
      ...rels.records.map(
        (r) =>
          `R ${JSON.stringify(canonical({ id: r.get('id'), type: r.get('type'), from: r.get('from'), to: r.get('to'), props: r.get('props') }))}`,
      ),
    ].sort();
    return {
      nodes: nodes.records.length,
      relationships: rels.records.length,
      sha256: createHash('sha256').update(lines.join('\n')).digest('hex'),
    };
  } finally {
    await session.close();
    await driver.close();
  }
}

/**
 * A second API on the test database with its own options (e.g. lookahead off), next to the one
 * global-setup serves; `post` returns the whole response, round trips included.
 */
export async function startTestApi(options: Partial<ServerOptions>) {
  const config = loadConfig({});
  const driver = testDriver();
  const server = await startServer(
    {
      driver,
      database: inject('neo4jDatabase'),
      txTimeoutMs: 10_000,
      maxPageSize: config.maxPageSize,
      limits: config.limits,
      logger: createLogger('silent'),
      ...options,
    },
    '127.0.0.1',
    0,
  );
  return {
    url: server.url,
    execution: server.execution,
    async post<T = Record<string, any>>(
      query: string,
      variables?: Record<string, unknown>,
    ): Promise<GraphQLResponse<T>> {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async stop() {
      await server.stop();
      await driver.close();
    },
  };
}

/** A GraphQL request with a bearer token (or any Authorization header), to the suite's API or `url`. */
export async function gqlAs<T = Record<string, any>>(
  authorization: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
  url: string = inject('apiUrl'),
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(authorization !== undefined ? { authorization } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

/**
 * Puts the test database back to the seed after a test file that wrote through the API: what
 * curation added (no seedHash) is removed, with its revisions and keys. Test hygiene only: the
 * product never deletes (it retracts).
 */
export async function resetToSeed(): Promise<void> {
  const driver = testDriver();
  const database = inject('neo4jDatabase');
  try {
    await driver.executeQuery(`MATCH ()-[r]->() WHERE r.seedHash IS NULL DELETE r`, {}, { database });
    await driver.executeQuery(
      `MATCH (n) WHERE (n:Entity AND n.seedHash IS NULL) OR n:ApiKey OR (n:Revision AND n.mutation <> 'SEED') DETACH DELETE n`,
      {},
      { database },
    );
  } finally {
    await driver.close();
  }
}
