import type { PublicEventView } from '@rights-outreach/shared';
import { callPublicApi } from './publicApi';

/** What a consumer who scanned the event's code sees of it (public). */
export function getPublicEvent(id: string): Promise<PublicEventView> {
  return callPublicApi('getPublicEvent', { params: { id } });
}
