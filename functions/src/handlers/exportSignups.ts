import { exportSignups } from '../domain/consumer/signups';
import { adminOnly } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { getSecret } from '../secrets';
import { eventIdFrom } from './eventId';

/** GET /events/{id}/signups/export — admin only: the sign-up list with names and phones, as CSV. */
export const handler = httpHandler({ access: adminOnly }, async ({ pathParameters, principal }) => {
  const id = eventIdFrom(pathParameters);
  const csv = await exportSignups(principal, id, await getSecret('personalDataKey'));
  return {
    statusCode: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="signups-${id}.csv"`,
      'Cache-Control': 'no-store',
    },
    // A byte-order mark so Excel opens the Chinese text as UTF-8.
    body: `\uFEFF${csv}`,
  };
});
