/**
 * Every page of the app, in one place: app.config.ts registers them and pages navigate
 * with these helpers instead of spelling paths. The first route is the default page,
 * so a QR code that opens the app without a path still lands on the landing page.
 */
export const routes = {
  landing: 'pages/landing/index',
  material: 'pages/material/index',
} as const;

export const pageList: string[] = [routes.landing, routes.material];

/** Query string from defined values only, encoded for a route URL. */
function toQuery(params: Record<string, string | undefined>): string {
  const pairs = Object.entries(params)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** URL of a material page, carrying the campaign and source the visitor came with. */
export function materialUrl(materialId: string, campaignCode?: string, source?: string): string {
  return `/${routes.material}${toQuery({ id: materialId, c: campaignCode, s: source })}`;
}

/** URL of a campaign's landing page inside the app. */
export function landingRouteUrl(campaignCode: string, source?: string): string {
  return `/${routes.landing}${toQuery({ c: campaignCode, s: source })}`;
}
