import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { getPlatformFigure } from '../domain/records/platformFigures';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /platform-figures/{id} — staff, marketing, admin in scope: the entry and its history. */
export const handler = httpHandler(api.getPlatformFigure, async ({ params, principal }) =>
  json(200, await getPlatformFigure(principal, params.id), { 'Cache-Control': 'no-store' }),
);
