import { matches, materialIdRule, parseLandingParams, type LandingParams } from '@rights-outreach/shared';

export type RouteQuery = Partial<Record<string, string>>;

export type LandingEntry =
  | { kind: 'ok'; params: LandingParams }
  /** A share poster's link names a material: it opens at once, with the campaign, source and event. */
  | { kind: 'material'; materialId: string; campaign: LandingParams }
  /** Opened with no campaign at all (e.g. from the app list): explain how to get in. */
  | { kind: 'none' }
  /** A code or link was passed but it is not a valid campaign code: the QR is damaged or cut. */
  | { kind: 'invalid' };

/** Classifies how the landing page was opened. */
export function readLandingEntry(query: RouteQuery): LandingEntry {
  const params = parseLandingParams(query);
  if (params?.materialId) {
    const { materialId, sharer: _sharer, ...campaign } = params;
    return { kind: 'material', materialId, campaign };
  }
  if (params) return { kind: 'ok', params };
  return query.c || query.q ? { kind: 'invalid' } : { kind: 'none' };
}

export interface MaterialEntry {
  materialId: string;
  /** Present when the visitor came from a campaign; views are only counted then. */
  campaign: LandingParams | null;
}

/** Reads `?id=<materialId>&c=<code>&s=<source>&e=<event>&sh=<sharer>`; null when the material id is unusable. */
export function readMaterialEntry(query: RouteQuery): MaterialEntry | null {
  const id = query.id;
  if (!matches(materialIdRule, id)) return null;
  return { materialId: id, campaign: parseLandingParams({ c: query.c, s: query.s, e: query.e, sh: query.sh }) };
}

/** Reads the quiz page's `?c=<code>&s=<source>&e=<event>`: the campaign its completion counts for, if any. */
export function readQuizEntry(query: RouteQuery): LandingParams | null {
  return parseLandingParams({ c: query.c, s: query.s, e: query.e });
}
