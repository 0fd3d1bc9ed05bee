import type { LandingParams } from '@rights-outreach/shared';

/**
 * Every page of the app, in one place: app.config.ts registers them and pages navigate
 * with these helpers instead of spelling paths. The first route is the default page,
 * so a QR code that opens the app without a path still lands on the landing page.
 */
export const routes = {
  landing: 'pages/landing/index',
  material: 'pages/material/index',
  quiz: 'pages/quiz/index',
  // Staff subpackage: sign-in, events, the event form and detail (kept out of the public main package).
  login: 'staff/pages/login/index',
  events: 'staff/pages/events/index',
  eventForm: 'staff/pages/event-form/index',
  eventDetail: 'staff/pages/event-detail/index',
  /** Platform figures and media posts (staff and marketing). */
  staffRecords: 'staff/pages/records/index',
  // Admin subpackage: org units, accounts, campaigns, materials.
  adminHome: 'admin/pages/home/index',
  adminUnits: 'admin/pages/units/index',
  adminAccounts: 'admin/pages/accounts/index',
  adminCampaigns: 'admin/pages/campaigns/index',
  adminCampaignForm: 'admin/pages/campaign-form/index',
  adminMaterials: 'admin/pages/materials/index',
  adminMaterialForm: 'admin/pages/material-form/index',
  // Dashboard subpackage (marketing, admin): campaign reach totals, breakdowns, export; the charts library lives here only.
  dashboardCampaigns: 'dashboard/pages/campaigns/index',
  dashboardCampaign: 'dashboard/pages/campaign/index',
} as const;

export type Route = (typeof routes)[keyof typeof routes];

/** Pages of the main package: what a consumer needs after a scan, nothing more. */
export const pageList: string[] = [routes.landing, routes.material, routes.quiz];

/** Subpackages in app.config.ts form: each root with its pages relative to it. */
export const subPackages = [
  { root: 'staff', pages: [routes.login, routes.events, routes.eventForm, routes.eventDetail, routes.staffRecords] },
  {
    root: 'admin',
    pages: [
      routes.adminHome,
      routes.adminUnits,
      routes.adminAccounts,
      routes.adminCampaigns,
      routes.adminCampaignForm,
      routes.adminMaterials,
      routes.adminMaterialForm,
    ],
  },
  { root: 'dashboard', pages: [routes.dashboardCampaigns, routes.dashboardCampaign] },
].map(({ root, pages }) => ({ root, pages: pages.map((page) => page.slice(root.length + 1)) }));

/** Query string from defined values only, encoded for a route URL. */
function toQuery(params: Record<string, string | undefined>): string {
  const pairs = Object.entries(params)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/**
 * URL of a material page, carrying the campaign, source and event the visitor came with.
 * `sharer` only for the path of a shared card: inside the app it is never carried along, so
 * only the page opened from the card counts as opened from it.
 */
export function materialUrl(materialId: string, campaign?: LandingParams | null, sharer?: string): string {
  return `/${routes.material}${toQuery({ id: materialId, ...campaignQuery(campaign, sharer) })}`;
}

/** URL of the rights quiz, for the campaign the visitor came with (its completions count there). */
export function quizUrl(campaign: LandingParams | null): string {
  return `/${routes.quiz}${toQuery(campaignQuery(campaign, undefined))}`;
}

/** URL of a campaign's landing page inside the app (`e`: opened from an event's QR code); `sharer` as for materialUrl. */
export function landingRouteUrl(campaign: LandingParams, sharer?: string): string {
  return `/${routes.landing}${toQuery(campaignQuery(campaign, sharer))}`;
}

// The same parameter names as the public link (shared/links.ts), so parseLandingParams reads both.
function campaignQuery(campaign: LandingParams | null | undefined, sharer: string | undefined): Record<string, string | undefined> {
  if (!campaign) return {};
  return { c: campaign.campaignCode, s: campaign.source, e: campaign.eventId, sh: sharer };
}

/** URL of a page of the app with a query, e.g. the event form for one event. */
export function routeUrl(route: Route, params: Record<string, string | undefined> = {}): string {
  return `/${route}${toQuery(params)}`;
}
