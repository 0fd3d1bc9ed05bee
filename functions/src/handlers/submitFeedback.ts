import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { submitFeedback } from '../domain/consumer/submitFeedback';
import { consumerContext } from '../http/consumerContext';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** POST /public/feedback — anyone (a visitor): a consumer's rating and comment, stored and counted once. */
export const handler = httpHandler(api.submitFeedback, async ({ body, event, sourceIp }) => {
  const { created } = await submitFeedback(body, await consumerContext(event, sourceIp));
  return json(created ? 201 : 200, { stored: true });
});
