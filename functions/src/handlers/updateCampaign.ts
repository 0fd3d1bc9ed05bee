import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { updateCampaign } from '../domain/admin/campaigns';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** PUT /campaigns/{code} — admin: everything but the code. */
export const handler = httpHandler(api.updateCampaign, async ({ body, params }) => json(200, await updateCampaign(params.code, body)));
