// Loading, empty and error states, the same on every page, announced to screen readers.
import type { ReactNode } from 'react';
import type { ApiError } from './api.js';

export function Loading({ what }: { what: string }) {
  return (
    <p className="state loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state empty">{children}</p>;
}

export function Failure({ error, retry }: { error: ApiError; retry?: () => void }) {
  return (
    <div className="state failure" role="alert" data-code={error.code}>
      <p>
        <strong>
          {error.code === 'DATABASE_UNAVAILABLE' ? 'The database is unavailable.' : 'Something went wrong.'}
        </strong>{' '}
        {error.message}
      </p>
      {retry && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}
