import { z } from 'zod';
import { config } from '../config';
import { eventQr } from '../domain/events/readEvents';
import { signedIn } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { parseQuery } from '../http/parseQuery';
import { binary } from '../http/responses';
import { eventIdFrom } from './eventId';

const QuerySchema = z.object({ format: z.enum(['svg', 'png']).default('png') }).strict();

/** GET /events/{id}/qr?format= — staff, marketing, admin in scope: the event's QR code. */
export const handler = httpHandler({ access: signedIn }, async ({ pathParameters, query, principal }) => {
  const id = eventIdFrom(pathParameters);
  const parsed = parseQuery(QuerySchema, query);
  const image = await eventQr(principal, id, parsed.format, config().publicBaseUrl);
  return binary(image.contentType, image.data, { 'Cache-Control': 'private, max-age=3600', 'X-Landing-Url': image.url });
});
