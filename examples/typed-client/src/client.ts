// A tiny typed GraphQL client over fetch. The documents generated in ./gql/ are
// TypedDocumentNodes: they carry their result and variable types, so `execute` needs no type
// arguments and a wrong variable or a field the schema no longer has fails `tsc`.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type DocumentNode } from 'graphql';

export const DEFAULT_API_URL = 'http://127.0.0.1:4000/graphql';

/**
 * The API URL (API_URL, default http://127.0.0.1:4000/graphql), refused unless it is http(s) on
 * loopback: this example talks only to an API on the same machine.
 */
export function loopbackApiUrl(raw: string = process.env.API_URL || DEFAULT_API_URL): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`API_URL is not a URL: ${JSON.stringify(raw)}`);
  }
  const host = url.hostname;
  const loopback = host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !loopback) {
    throw new Error(`API_URL must be http(s) on loopback (127.0.0.1, localhost or [::1]), not ${url.origin}`);
  }
  return url.href;
}

/** The API answered with errors, no data or a failing HTTP status. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly operationName: string,
    readonly status: number,
    readonly errors: readonly { message: string; extensions?: { code?: string } }[],
  ) {
    super(
      `${operationName}: HTTP ${status}: ${errors.map((e) => `${e.message}${e.extensions?.code ? ` (${e.extensions.code})` : ''}`).join('; ') || 'no data'}`,
    );
    this.name = 'GraphQLRequestError';
  }
}

export interface ExecuteOptions {
  /** The API; default API_URL or http://127.0.0.1:4000/graphql. Must be on loopback. */
  url?: string;
  /** Give up after this many milliseconds (default 15 s). */
  timeoutMs?: number;
}

const printed = new WeakMap<DocumentNode, { query: string; operationName: string }>();

function source(document: DocumentNode): { query: string; operationName: string } {
  let s = printed.get(document);
  if (!s) {
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    s = { query: print(document), operationName: operation?.name?.value ?? 'anonymous' };
    printed.set(document, s);
  }
  return s;
}

/** Runs one operation over HTTP POST and returns its data, typed by the document. */
export async function execute<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: ExecuteOptions = {},
): Promise<TResult> {
  const url = loopbackApiUrl(options.url);
  const { query, operationName } = source(document);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables, operationName }),
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  });
  let body: { data?: TResult | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(operationName, res.status, [
      { message: `the response is not JSON (${res.headers.get('content-type') ?? 'no content type'})` },
    ]);
  }
  if (!res.ok || body.errors?.length || body.data == null)
    throw new GraphQLRequestError(operationName, res.status, body.errors ?? []);
  return body.data;
}
