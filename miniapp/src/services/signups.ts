import type { SignupRequest, Stored } from '@rights-outreach/shared';
import { callPublicApi as callApi } from './publicApi';

/**
 * Signs up for an event (POST /public/signups, 报名). Sent under its clientId, so a resend
 * after a lost answer counts once. Throws ApiError.
 */
export function postSignup(request: SignupRequest): Promise<Stored> {
  return callApi('submitSignup', { body: request });
}
