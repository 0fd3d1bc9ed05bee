import { useCallback, useMemo, useState } from 'react';
import type { LandingParams } from '@rights-outreach/shared';
import { toApiError } from '../services/ApiError';
import { deviceStorage } from '../services/deviceStorage';
import { postSignup } from '../services/signups';
import { uuidV4 } from '../tracker/randomIds';
import { deviceMemory } from '../utils/deviceMemory';
import type { FieldErrors } from '../utils/fieldErrors';
import { formatLocalIso } from '../utils/formatLocalIso';
import { sendAsVisitor } from '../utils/sendAsVisitor';
import { emptySignupForm, signupErrors, signupRequest, signupsKey, type SignupForm } from './signupForm';

export type SignupStatus = 'closed' | 'open' | 'sending' | 'failed' | 'done';

export interface Signup {
  form: SignupForm;
  status: SignupStatus;
  errors: FieldErrors;
  failure: string | null;
  open: () => void;
  close: () => void;
  change: (change: Partial<SignupForm>) => void;
  submit: () => void;
}

const signupMemory = () => deviceMemory(deviceStorage, signupsKey);

/**
 * 报名 for the event the landing page was opened for: a short form (name and phone optional,
 * consent required), sent under one client id however often it is retried, and remembered on
 * the device. The server counts the sign-up itself, so no beacon is tracked here.
 */
export function useSignup(origin: LandingParams | null): Signup {
  const eventId = origin?.eventId ?? null;
  const [form, setForm] = useState<SignupForm>(emptySignupForm);
  const [status, setStatus] = useState<SignupStatus>(() => (eventId && signupMemory().at(eventId) ? 'done' : 'closed'));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [clientId, setClientId] = useState<string | null>(null);

  const change = useCallback((next: Partial<SignupForm>) => {
    setForm((current) => ({ ...current, ...next }));
    // A changed form is a new sign-up request: a new client id when it is sent.
    setClientId(null);
    setErrors((current) => (Object.keys(current).length > 0 ? {} : current));
  }, []);

  const submit = useCallback(() => {
    if (!origin?.eventId || status === 'sending' || status === 'done') return;
    const invalid = signupErrors(form);
    if (invalid) {
      setErrors(invalid);
      return;
    }
    const id = clientId ?? uuidV4();
    setClientId(id);
    setStatus('sending');
    setFailure(null);
    const event = { ...origin, eventId: origin.eventId };
    sendAsVisitor((visitor) => postSignup(signupRequest(form, event, id, visitor, formatLocalIso(new Date())))).then(
      () => {
        signupMemory().remember(event.eventId, formatLocalIso(new Date()));
        setStatus('done');
      },
      (error: unknown) => {
        const apiError = toApiError(error);
        setFailure(
          apiError.code === 'NETWORK_UNAVAILABLE'
            ? '网络不可用，您填写的内容已保留，请稍后点击“重新提交”。'
            : `${apiError.userMessage}。您填写的内容已保留。`,
        );
        setStatus('failed');
      },
    );
  }, [origin, status, form, clientId]);

  const open = useCallback(() => setStatus((current) => (current === 'closed' ? 'open' : current)), []);
  const close = useCallback(() => setStatus((current) => (current === 'open' || current === 'failed' ? 'closed' : current)), []);

  return useMemo(
    () => ({ form, status, errors, failure, open, close, change, submit }),
    [form, status, errors, failure, open, close, change, submit],
  );
}
