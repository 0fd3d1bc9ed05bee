import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { config } from '../config';
import { submitSignup } from '../domain/consumer/signups';
import { consumerContext } from '../http/consumerContext';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { getSecret } from '../secrets';

/** POST /public/signups — anyone (a visitor): signing up for an event (consent required), stored and counted once. */
export const handler = httpHandler(api.submitSignup, async ({ body, event, sourceIp }) => {
  const { created } = await submitSignup(body, {
    ...(await consumerContext(event, sourceIp)),
    personalDataKey: await getSecret('personalDataKey'),
    retentionDays: config().signupRetentionDays,
  });
  return json(created ? 201 : 200, { stored: true });
});
