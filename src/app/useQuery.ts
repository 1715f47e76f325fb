// A React hook over the typed client: loading, data and error states per (operation, variables),
// with answers kept for the session so that the back button shows a page at once.
import { useCallback, useEffect, useState } from 'react';
import { ApiError, execute } from './api.js';
import type { TypedDocumentString } from './gql/graphql.js';

export interface QueryState<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  retry(): void;
}

const answers = new Map<string, unknown>();
const MAX_ANSWERS = 200;

/** Runs `document` with `variables` (skipped while `variables` is null) and follows their changes. */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | null,
): QueryState<TResult> {
  const key = variables === null ? null : `${document.toString()}\n${JSON.stringify(variables)}`;
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string | null; data?: TResult; error?: ApiError }>({ key: null });
  useEffect(() => {
    if (key === null || variables === null) return;
    if (answers.has(key)) {
      setState({ key, data: answers.get(key) as TResult });
      return;
    }
    const abort = new AbortController();
    // A query timing out is often Neo4j planning it for the first time (a busy server, just
    // started); the plan is cached then, so one quiet second try usually answers.
    const run = () =>
      execute(document, variables, abort.signal).catch((error: Error) => {
        if (error instanceof ApiError && error.code === 'QUERY_TIMEOUT' && !abort.signal.aborted)
          return execute(document, variables, abort.signal);
        throw error;
      });
    run().then(
      (data) => {
        if (answers.size >= MAX_ANSWERS) answers.delete(answers.keys().next().value!);
        answers.set(key, data);
        setState({ key, data });
      },
      (error: Error) => {
        if (abort.signal.aborted) return;
        setState({ key, error: error instanceof ApiError ? error : new ApiError(error.message, 'ERROR') });
      },
    );
    return () => abort.abort();
    // `key` stands for document and variables.
  }, [key, attempt]);
  const retry = useCallback(() => {
    setState({ key: null });
    setAttempt((a) => a + 1);
  }, []);
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: key !== null && (!current || (state.data === undefined && state.error === undefined)),
    retry,
  };
}
