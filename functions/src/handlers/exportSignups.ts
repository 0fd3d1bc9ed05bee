import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { exportSignups } from '../domain/consumer/signups';
import { httpHandler } from '../http/httpHandler';
import { getSecret } from '../secrets';

/** GET /events/{id}/signups/export — admin only: the sign-up list with names and phones, as CSV. */
export const handler = httpHandler(api.exportSignups, async ({ params, principal }) => {
  const csv = await exportSignups(principal, params.id, await getSecret('personalDataKey'));
  return {
    statusCode: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="signups-${params.id}.csv"`,
      'Cache-Control': 'no-store',
    },
    // A byte-order mark so Excel opens the Chinese text as UTF-8.
    body: `\uFEFF${csv}`,
  };
});
