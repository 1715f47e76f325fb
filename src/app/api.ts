// The workbench's typed client: every operation is a generated TypedDocumentString (src/app/gql/),
// so a result's shape and a call's variables are checked by tsc, and a schema change that breaks a
// page fails the build. One request per operation over POST to the API on the same origin.
import type { TypedDocumentString } from './gql/graphql.js';

/** What went wrong, in words for the person at the screen, with the API's code when it gave one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const MESSAGES: Record<string, string> = {
  DATABASE_UNAVAILABLE:
    'The database is not answering, so there is nothing to show. The workbench works again as soon as it is back: try again in a moment.',
  NETWORK: 'The API cannot be reached. Is the server still running?',
  QUERY_TIMEOUT: 'The database took too long to answer. Try again, or narrow the question.',
  REQUEST_TIMEOUT: 'The server took too long to answer. Try again in a moment.',
  UNAUTHENTICATED: 'The API did not accept the token. Check it, or ask for a new one (npm run token).',
  FORBIDDEN: "The token's role may not make this decision: it needs a reviewer's token.",
};

/** A message for a code, for codes the person can act on; otherwise the API's own words. */
export function explain(code: string, fallback: string): string {
  return MESSAGES[code] ?? fallback;
}

const operationName = (query: string) => /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1];

export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
  /** A bearer token, for what only some may do (decisions on proposals); reads go without. */
  token?: string,
): Promise<TResult> {
  const query = document.toString();
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables, operationName: operationName(query) }),
      signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(MESSAGES.NETWORK!, 'NETWORK');
  }
  let body: { data?: TResult | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`The API answered ${res.status} without a readable body.`, 'BAD_RESPONSE');
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? 'ERROR';
    throw new ApiError(explain(code, first.message), code);
  }
  if (!res.ok || body.data == null) throw new ApiError(`The API answered ${res.status} with no data.`, 'BAD_RESPONSE');
  return body.data;
}
