import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { reportCampaignList } from '../domain/report/reportCampaignList';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /reports/campaigns — marketing, admin: every campaign with headline figures for the caller's unit. */
export const handler = httpHandler(api.listReportCampaigns, async ({ principal }) =>
  json(200, await reportCampaignList(principal), { 'Cache-Control': 'no-store' }),
);
