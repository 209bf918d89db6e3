import { useCallback, useState } from 'react';
import { ApiError, isApiError } from './problem';

/**
 * Optimistic concurrency on edits: a 412 (stale If-Match) means someone else saved first.
 * `guard` turns it into a visible conflict state instead of a generic error. `statuses` adds
 * others that mean the same, e.g. 409 for a named transition the record has already left.
 */
export function useConflict(statuses: readonly number[] = [412]) {
  const [active, setActive] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const codes = statuses.join(',');
  const guard = useCallback(async (save: () => Promise<void>) => {
    try {
      await save();
    } catch (e) {
      if (isApiError(e) && codes.split(',').map(Number).includes(e.status)) {
        setActive(true);
        setError(e);
        return;
      }
      throw e;
    }
  }, [codes]);
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
