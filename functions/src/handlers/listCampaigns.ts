import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { listCampaigns } from '../domain/admin/campaigns';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /campaigns — signed in: running today first, then upcoming, then past. */
export const handler = httpHandler(api.listCampaigns, async () => json(200, { campaigns: await listCampaigns(new Date()) }));
