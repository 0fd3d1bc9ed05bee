import type { EventDetail, EventTotals, OutreachEvent } from '@rights-outreach/shared';
import { apiPath, callApi } from './api';
import { downloadAuthorized } from './http';

/** Events of a campaign in the caller's subtree, newest start first; `mine`: logged by the caller. */
export async function listEvents(query: { campaignCode: string; mine: boolean }): Promise<OutreachEvent[]> {
  const answer = await callApi('listEvents', { query: { campaign: query.campaignCode, mine: query.mine ? 'true' : undefined } });
  return answer.events;
}

/** One event with its edit history. */
export function getEventDetail(id: string): Promise<EventDetail> {
  return callApi('getEvent', { params: { id } });
}

/** What the event's QR code brought: views, distinct visitors, check-ins, shares and more (every metric). */
export function getEventTotals(id: string): Promise<EventTotals> {
  return callApi('getEventTotals', { params: { id } });
}

/** The event's QR code (PNG) as a local file path (weapp) or object URL (H5), ready to draw. */
export function downloadEventQr(id: string): Promise<string> {
  return downloadAuthorized(apiPath('getEventQr', { params: { id }, query: { format: 'png' } }));
}
