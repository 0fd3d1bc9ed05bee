import { FeedbackListSchema } from '../schemas/feedback';
import { CampaignReportSchema, ReportCampaignListSchema, ReportExportQuerySchema, ReportQuerySchema } from '../schemas/report';
import { CampaignTotalsSchema } from '../schemas/totals';
import { reporters } from './access';
import { endpoint, fileResponse } from './endpoint';
import { campaignCodeParam } from './params';

export const getCampaignTotals = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/campaigns/{code}/totals',
  summary: 'Every metric of a campaign for the caller’s unit, in all and by every dimension',
  access: reporters,
  params: { code: campaignCodeParam },
  responses: { 200: CampaignTotalsSchema },
});

export const listFeedback = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/campaigns/{code}/feedback',
  summary: 'Ratings and comments of the caller’s subtree, newest first, nobody’s identity',
  access: reporters,
  params: { code: campaignCodeParam },
  responses: { 200: FeedbackListSchema },
});

export const listReportCampaigns = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/reports/campaigns',
  summary: 'Every campaign with headline figures for the caller’s unit',
  access: reporters,
  responses: { 200: ReportCampaignListSchema },
});

export const getCampaignReport = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/reports/campaigns/{code}',
  summary: 'A campaign’s report for one unit and everything under it (default: the caller’s unit)',
  access: reporters,
  params: { code: campaignCodeParam },
  query: ReportQuerySchema,
  responses: { 200: CampaignReportSchema },
});

export const getReportParagraph = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/reports/campaigns/{code}/paragraph',
  summary: 'The results paragraph (主要成效) as plain text',
  access: reporters,
  params: { code: campaignCodeParam },
  query: ReportQuerySchema,
  responses: { 200: /* @__PURE__ */ fileResponse(['text/plain; charset=utf-8'], 'The same text as CampaignReport.paragraph') },
});

export const exportCampaignReport = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/reports/campaigns/{code}/export',
  summary: 'The report as a workbook (.xlsx) or CSV file',
  access: reporters,
  params: { code: campaignCodeParam },
  query: ReportExportQuerySchema,
  responses: {
    200: /* @__PURE__ */ fileResponse(
      ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv; charset=utf-8'],
      'An attachment named after the campaign and unit',
    ),
  },
});
/** Figures and reports for marketing and admin, for the caller's unit and the units below it. */
export const reportEndpoints = {
  getCampaignTotals,
  listFeedback,
  listReportCampaigns,
  getCampaignReport,
  getReportParagraph,
  exportCampaignReport,
};
