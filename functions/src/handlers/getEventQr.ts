import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { config } from '../config';
import { eventQr } from '../domain/events/readEvents';
import { httpHandler } from '../http/httpHandler';
import { binary } from '../http/responses';

/** GET /events/{id}/qr?format= — staff, marketing, admin in scope: the event's QR code. */
export const handler = httpHandler(api.getEventQr, async ({ params, query, principal }) => {
  const image = await eventQr(principal, params.id, query.format, config().publicBaseUrl);
  return binary(image.contentType, image.data, { 'Cache-Control': 'private, max-age=3600', 'X-Landing-Url': image.url });
});
