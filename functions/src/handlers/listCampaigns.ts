import { listCampaigns } from '../domain/admin/campaigns';
import { signedIn } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /campaigns — signed in: running today first, then upcoming, then past. */
export const handler = httpHandler({ access: signedIn }, async () => json(200, { campaigns: await listCampaigns(new Date()) }));
