import {
  type BeaconBatch,
  type SignupRequest,
  type SignupSummary,
  addDays,
  beaconLimits,
  eventPlaceLabel,
  shanghaiDate,
} from '@rights-outreach/shared';
import type { Principal } from '../../auth/principal';
import { EventNotFoundError, ValidationError } from '../../errors';
import { listSignups, putSignupIfAbsent, signupFingerprint } from '../../repository/consumerRepository';
import { findEventRecord } from '../../repository/eventRepository';
import { eventInScope } from '../events/eventScope';
import { decryptPersonal, encryptPersonal } from '../personalData';
import { personOf } from '../person';
import { type RecordBeaconsContext, recordBeacons } from '../recordBeacons';
import { toCsv } from '../csv';
import { refuseIfDifferent, requestFingerprint } from './requestFingerprint';

export interface SignupContext extends RecordBeaconsContext {
  personalDataKey: string;
  retentionDays: number;
}

/**
 * Signs a person up for an event (报名). Consent is checked by the schema before anything is
 * stored; name and phone are optional and stored only encrypted; the record is deleted (TTL)
 * a configurable number of days after the event's day. Stored under its client id, then
 * counted as a signup beacon with the same id, so a resend is stored and counted once; another
 * sign-up under a stored client id is refused (409 IDEMPOTENCY_CONFLICT) and changes nothing.
 */
export async function submitSignup(request: SignupRequest, context: SignupContext): Promise<{ created: boolean }> {
  await personOf(request, context);
  const event = await findEventRecord(request.eventId);
  if (!event || event.deletedAt || event.campaignCode !== request.campaignCode) throw new EventNotFoundError(request.eventId);
  if (Date.parse(request.at) > context.now.getTime() + beaconLimits.maxClockSkewMs) throw new ValidationError('at: lies in the future');

  const eventDay = shanghaiDate(new Date(event.startAt));
  const deleteAfter = Date.parse(`${addDays(eventDay, 1 + context.retentionDays)}T00:00:00+08:00`) / 1000;
  const fingerprint = requestFingerprint(context.visitorHashSecret, request);
  const created = await putSignupIfAbsent({
    id: request.clientId,
    campaignCode: event.campaignCode,
    eventId: event.id,
    ...(request.name ? { nameSealed: encryptPersonal(request.name, context.personalDataKey) } : {}),
    ...(request.phone ? { phoneSealed: encryptPersonal(request.phone, context.personalDataKey) } : {}),
    at: request.at,
    receivedAt: context.now.toISOString(),
    expiresAt: Math.max(deleteAfter, Math.floor(context.now.getTime() / 1000) + 86_400),
    requestHash: fingerprint,
  });
  if (!created) refuseIfDifferent(await signupFingerprint(request.clientId), fingerprint, request.clientId);
  const batch: BeaconBatch = {
    campaignCode: event.campaignCode,
    ...(request.source ? { source: request.source } : {}),
    eventId: event.id,
    visitorId: request.visitorId,
    ...(request.visitorToken ? { visitorToken: request.visitorToken } : {}),
    beacons: [{ id: request.clientId, kind: 'signup', target: { type: 'landing' }, at: request.at }],
  };
  await recordBeacons(batch, context);
  return { created };
}

/** How many signed up for an event: numbers only, for anyone who may see the event. */
export async function signupSummary(principal: Principal, eventId: string): Promise<SignupSummary> {
  await eventInScope(principal, eventId);
  const signups = await listSignups(eventId);
  return { eventId, signups: signups.length, withPhone: signups.filter((s) => s.phoneSealed).length };
}

/** The sign-up list with names and phones opened, as CSV: admin only, for organising the event. */
export async function exportSignups(principal: Principal, eventId: string, personalDataKey: string): Promise<string> {
  const event = await eventInScope(principal, eventId);
  const rows = (await listSignups(eventId)).map((signup) => [
    signup.nameSealed ? decryptPersonal(signup.nameSealed, personalDataKey) : '',
    signup.phoneSealed ? decryptPersonal(signup.phoneSealed, personalDataKey) : '',
    signup.at,
  ]);
  const header = [`活动：${event.title}（${eventPlaceLabel(event)}）`, '', ''];
  return toCsv([header, ['姓名', '手机号', '报名时间'], ...rows]);
}
