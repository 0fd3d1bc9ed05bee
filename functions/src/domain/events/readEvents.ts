import type { EventDetail, EventTotals, OutreachEvent, PublicEventView } from '@rights-outreach/shared';
import { eventPlaceLabel, landingUrl } from '@rights-outreach/shared';
import type { Principal } from '../../auth/principal';
import { CampaignNotFoundError, EventNotFoundError } from '../../errors';
import { findAccount } from '../../repository/accountRepository';
import { findCampaign } from '../../repository/campaignRepository';
import { findEventHistory, findEventRecord, listEventsUnder } from '../../repository/eventRepository';
import { readColdBucket } from '../../repository/tallyRepository';
import { eventBucket } from '../buckets';
import { toMetrics } from '../tally';
import { type QrFormat, type QrImage, renderQr } from '../qrImage';
import { eventInScope, toOutreachEvent } from './eventScope';

/** Events of a campaign in the caller's subtree, newest first; `mine`: those the caller logged. */
export async function listEvents(principal: Principal, campaignCode: string, options: { mine: boolean }): Promise<OutreachEvent[]> {
  if (!(await findCampaign(campaignCode))) throw new CampaignNotFoundError(campaignCode);
  const records = await listEventsUnder(campaignCode, principal.role === 'admin' ? '/' : principal.unitPath);
  return records
    .filter((event) => !event.deletedAt && (!options.mine || event.createdBy === principal.employeeNo))
    .sort((a, b) => Date.parse(b.startAt) - Date.parse(a.startAt) || a.id.localeCompare(b.id))
    .map(toOutreachEvent);
}

/** The event and its history, with the names of the staff who logged and changed it beside their 工号. */
export async function getEventDetail(principal: Principal, id: string): Promise<EventDetail> {
  const event = await eventInScope(principal, id);
  const history = await findEventHistory(id);
  const names = await staffNames([event.createdBy, ...history.map((entry) => entry.by)]);
  const named = (employeeNo: string) => (names.has(employeeNo) ? names.get(employeeNo) : undefined);
  return {
    event: { ...toOutreachEvent(event), ...(named(event.createdBy) ? { createdByName: named(event.createdBy) } : {}) },
    history: history.map((entry) => (named(entry.by) ? { ...entry, byName: named(entry.by) } : entry)),
  };
}

/** Names of a few accounts by 工号 (an event's handful of editors); a deleted account has none. */
async function staffNames(employeeNos: string[]): Promise<Map<string, string>> {
  const distinct = [...new Set(employeeNos)];
  const accounts = await Promise.all(distinct.map((employeeNo) => findAccount(employeeNo)));
  return new Map(accounts.flatMap((account) => (account ? [[account.employeeNo, account.name] as const] : [])));
}

export async function getEventTotals(principal: Principal, id: string): Promise<EventTotals> {
  const event = await eventInScope(principal, id);
  const counters = await readColdBucket(event.campaignCode, eventBucket(id));
  return { eventId: id, totals: toMetrics(counters) };
}

/** The event's QR code: its campaign's landing link tagged with the event. */
export async function eventQr(principal: Principal, id: string, format: QrFormat, publicBaseUrl: string): Promise<QrImage> {
  const event = await eventInScope(principal, id);
  return renderQr(landingUrl(publicBaseUrl, { campaignCode: event.campaignCode, source: 'event', eventId: id }), format);
}

/** What a consumer who scanned the event's code sees of it: nothing about staff. */
export async function getPublicEvent(id: string): Promise<PublicEventView> {
  const event = await findEventRecord(id);
  if (!event || event.deletedAt) throw new EventNotFoundError(id);
  const { campaignCode, title, type, startAt, unitName } = event;
  return { id, campaignCode, title, type, placeName: eventPlaceLabel(event), startAt, unitName };
}
