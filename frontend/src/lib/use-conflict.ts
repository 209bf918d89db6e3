import { useCallback, useState } from 'react';
import { ApiError, isApiError } from './problem';

/**
 * Optimistic concurrency on edits: a 412 (stale If-Match) means someone else saved first.
 * `guard` turns it into a visible conflict state instead of a generic error.
 */
export function useConflict() {
  const [active, setActive] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const guard = useCallback(async (save: () => Promise<void>) => {
    try {
      await save();
    } catch (e) {
      if (isApiError(e) && e.status === 412) {
        setActive(true);
        setError(e);
        return;
      }
      throw e;
    }
  }, []);
  // Bumped after a reload, so that the form restarts from the server's version even when
  // the reload returned the same ETag.
  const [generation, setGeneration] = useState(0);
  const clear = useCallback(() => {
    setActive(false);
    setError(null);
    setGeneration((g) => g + 1);
  }, []);
  return { active, error, guard, clear, generation };
}

/** Without the ETag of what was loaded there is no safe If-Match: treat it as a conflict (reload). */
export function requireEtag(etag: string | null): string {
  if (!etag) throw new ApiError(412, { status: 412, title: 'Precondition Failed' });
  return etag;
}
