import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { createPlatformFigure } from '../domain/records/platformFigures';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** POST /platform-figures — staff, marketing (their subtree), admin: the same clientId again returns the stored entry. */
export const handler = httpHandler(api.createPlatformFigure, async ({ body, principal }) => {
  const { record, created } = await createPlatformFigure(principal, body, new Date());
  return json(created ? 201 : 200, record);
});
