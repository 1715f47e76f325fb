// What tests share: a GraphQL client over HTTP and a driver on the test database.
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: (string | number)[] }[];
  extensions?: { neo4jRoundTrips?: number };
}

export async function gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<GraphQLResponse<T>> {
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

export function globalId(type: string, key: string): string {
  return Buffer.from(`${type}:${key}`).toString('base64url');
}
