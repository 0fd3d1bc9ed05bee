import { useState } from 'react';
import { uuidV4 } from '../../../tracker/randomIds';
import { toApiError, type ApiError } from '../../../services/ApiError';
import type { FieldErrors } from '../../../utils/fieldErrors';

/**
 * A record form's values, messages and sending. The request id (clientId of a new record,
 * mutationId of an edit) is kept until the values change, so sending the same thing again after
 * a lost answer is applied once on the server.
 */
export function useRecordForm<D extends object>(initial: D) {
  const [values, setValues] = useState<D>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [requestId, setRequestId] = useState(uuidV4);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const set = <K extends keyof D>(key: K, value: D[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([path]) => path !== key && path !== '')));
    setRequestId(uuidV4());
    setFailure(null);
  };

  /** Sends with the current request id; true when the server stored it. */
  const send = async (call: (requestId: string) => Promise<unknown>): Promise<boolean> => {
    setSending(true);
    setFailure(null);
    try {
      await call(requestId);
      return true;
    } catch (error) {
      setFailure(toApiError(error));
      return false;
    } finally {
      setSending(false);
    }
  };

  return { values, errors, setErrors, set, send, sending, failure };
}
