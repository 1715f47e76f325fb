// The moment the first page became usable (its input mounted, its chart drawn), marked in the
// page's own performance timeline for `npm run app:budget` to read: what the budget measures,
// without the browser driver's own delays.
import { useEffect } from 'react';

export const USABLE_MARK = 'workbench:usable';

/** Marks the first time `ready` holds on this page load (later pages of the session do not count). */
export function useUsableMark(ready: boolean) {
  useEffect(() => {
    if (ready && performance.getEntriesByName(USABLE_MARK).length === 0) performance.mark(USABLE_MARK);
  }, [ready]);
}
