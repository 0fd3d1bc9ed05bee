import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { createCampaign } from '../domain/admin/campaigns';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** POST /campaigns — admin: a new campaign with its permanent public code. */
export const handler = httpHandler(api.createCampaign, async ({ body }) => json(201, await createCampaign(body)));
