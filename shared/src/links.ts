// The rules, not the zod schemas built from them: every consumer page reads its link with this.
import { campaignCodeRule, clientIdRule, materialIdRule, sharerTagRule, sourceCodeRule } from './rules/idRules';
import { matches } from './rules/textRules';

/** Route of the public landing page, the same in the weapp and H5 builds. */
export const landingPath = '/pages/landing/index';

export interface LandingParams {
  campaignCode: string;
  source?: string;
  /** Set when the link belongs to one event (its QR code): views and check-ins count for it. */
  eventId?: string;
  /**
   * Set when the link names one material (a consumer's share poster): the landing page opens
   * that material straight away, so a scan counts one view, the material's.
   */
  materialId?: string;
  /** Set on links inside shared cards: the anonymous tag of the person who shared. */
  sharer?: string;
}

/** The public URL a campaign's QR code encodes (an ordinary-link QR code in WeChat terms). */
export function landingUrl(publicBaseUrl: string, params: LandingParams): string {
  const url = new URL(landingPath.slice(1), publicBaseUrl.endsWith('/') ? publicBaseUrl : `${publicBaseUrl}/`);
  url.searchParams.set('c', params.campaignCode);
  if (params.source) url.searchParams.set('s', params.source);
  if (params.eventId) url.searchParams.set('e', params.eventId);
  if (params.materialId) url.searchParams.set('m', params.materialId);
  if (params.sharer) url.searchParams.set('sh', params.sharer);
  return url.toString();
}

/**
 * Reads the landing parameters a page was opened with: `c`, `s`, `e`, `m` and `sh` directly
 * (H5, shared cards), or inside `q`, the URL-encoded link WeChat passes when an ordinary-link QR code
 * opens the mini-program. Invalid values are dropped rather than trusted.
 */
export function parseLandingParams(query: Record<string, string | undefined>): LandingParams | null {
  let c = query.c;
  let s = query.s;
  let e = query.e;
  let m = query.m;
  let sh = query.sh;
  if (!c && query.q) {
    const inner = readQueryOf(safeDecode(query.q));
    c = inner.c;
    s = s ?? inner.s;
    e = e ?? inner.e;
    m = m ?? inner.m;
    sh = sh ?? inner.sh;
  }
  if (!matches(campaignCodeRule, c)) return null;
  return {
    campaignCode: c,
    ...(matches(sourceCodeRule, s) ? { source: s } : {}),
    ...(matches(clientIdRule, e) ? { eventId: e } : {}),
    ...(matches(materialIdRule, m) ? { materialId: m } : {}),
    ...(matches(sharerTagRule, sh) ? { sharer: sh } : {}),
  };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

// Hand-parsed: the WeChat JS runtime has no URL / URLSearchParams.
function readQueryOf(link: string): Record<string, string> {
  const at = link.indexOf('?');
  const query = at >= 0 ? (link.slice(at + 1).split('#')[0] ?? '') : '';
  const params: Record<string, string> = {};
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const key = safeDecode(pair.slice(0, eq));
    if (!(key in params)) params[key] = safeDecode(pair.slice(eq + 1).replace(/\+/g, ' '));
  }
  return params;
}
