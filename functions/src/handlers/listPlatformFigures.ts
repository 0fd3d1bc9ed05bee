import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { listPlatformFigures } from '../domain/records/platformFigures';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /platform-figures?campaign= — staff, marketing, admin: a campaign's entries in the caller's subtree, latest first. */
export const handler = httpHandler(api.listPlatformFigures, async ({ query, principal }) =>
  json(200, { figures: await listPlatformFigures(principal, query.campaign) }, { 'Cache-Control': 'no-store' }),
);
