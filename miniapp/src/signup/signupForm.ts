import { checkSignupFields, type LandingParams, type SignupRequest } from '@rights-outreach/shared';
import type { FieldErrors } from '../utils/fieldErrors';

export const signupsKey = 'ro.signups.v1';

/** What the person typed: both fields optional, the consent box must be ticked. */
export interface SignupForm {
  name: string;
  phone: string;
  consent: boolean;
}

export const emptySignupForm: SignupForm = { name: '', phone: '', consent: false };

/**
 * Field errors in Chinese (name, phone, consent) from the shared rules SignupRequestSchema is
 * built from (zod stays out of the main package); null when it can be sent.
 */
export function signupErrors(form: SignupForm): FieldErrors | null {
  return checkSignupFields(userPart(form)) as FieldErrors | null;
}

/** The request body of a form that passed signupErrors, for the event the page was opened for. */
export function signupRequest(
  form: SignupForm,
  origin: LandingParams & { eventId: string },
  clientId: string,
  visitor: { visitorId: string; visitorToken?: string },
  at: string,
): SignupRequest {
  return {
    clientId,
    campaignCode: origin.campaignCode,
    eventId: origin.eventId,
    ...(origin.source ? { source: origin.source } : {}),
    ...userPart(form),
    ...visitor,
    at,
  } as SignupRequest;
}

// Blank optional fields are left out, not sent as '' (which the schema refuses).
function userPart(form: SignupForm): { name?: string; phone?: string; consent: boolean } {
  const name = form.name.trim();
  const phone = form.phone.replace(/\s+/g, '');
  return { ...(name ? { name } : {}), ...(phone ? { phone } : {}), consent: form.consent };
}
