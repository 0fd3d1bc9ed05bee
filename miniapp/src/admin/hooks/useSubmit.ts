import { useCallback, useRef, useState } from 'react';
import { type ApiError, toApiError } from '../../services/ApiError';

export type SubmitResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * Runs one API call for a form: ignores a second tap while the first is in flight, tracks
 * `submitting` for the button, and keeps the failure so the form can show its `userMessage`.
 */
export function useSubmit() {
  const busy = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = useCallback(async <T>(action: () => Promise<T>): Promise<SubmitResult<T> | null> => {
    if (busy.current) return null;
    busy.current = true;
    setSubmitting(true);
    setError(null);
    try {
      return { ok: true, value: await action() };
    } catch (caught) {
      const failure = toApiError(caught);
      setError(failure);
      return { ok: false, error: failure };
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
  }, []);

  return { submitting, error, setError, run };
}
