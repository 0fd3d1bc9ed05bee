import type { SignupRequest } from '@rights-outreach/shared';
import { isStored, type Stored } from './feedback';
import { requestJson } from './http';

/**
 * Signs up for an event (POST /public/signups, 报名). Sent under its clientId, so a resend
 * after a lost answer counts once. Throws ApiError.
 */
export function postSignup(request: SignupRequest): Promise<Stored> {
  return requestJson('POST', '/public/signups', isStored, request);
}
