import { shareScenes, type BeaconInput, type LandingParams } from '@rights-outreach/shared';
import { landingRouteUrl, materialUrl, routes } from '../constants/routes';
import type { PageTarget } from '../tracker/createTracker';

/**
 * The path a shared card opens: the same page, with the campaign, source and event the
 * sharer came with, plus the sharer's anonymous tag. Without a campaign there is nothing to
 * credit, so the card just opens the page.
 */
export function sharePath(target: PageTarget, campaign: LandingParams | null, sharer: string): string {
  if (target.type === 'material') return materialUrl(target.materialId, campaign, campaign ? sharer : undefined);
  return campaign ? landingRouteUrl(campaign, sharer) : `/${routes.landing}`;
}

/** The query of a path without `?` (a 朋友圈 share reopens the same page with a query only). */
export function queryOf(path: string): string {
  const at = path.indexOf('?');
  return at >= 0 ? path.slice(at + 1) : '';
}

/**
 * The `share_open` beacon of a page opened from a shared card: only when its link names a
 * sharer and WeChat says it was opened from a card (scene 1007, 1008 or 1044). Opening one's
 * own card is not an open the share brought, so it is not counted. In H5 there is no scene
 * (`scene` undefined), so a link with `sh` opened in a browser never counts as a share open.
 */
export function shareOpenBeacon(
  target: PageTarget,
  campaign: LandingParams | null,
  scene: number | undefined,
  ownSharer: string,
): BeaconInput | null {
  const sharer = campaign?.sharer;
  if (!sharer || sharer === ownSharer) return null;
  const shareScene = shareScenes.find((candidate) => candidate === scene);
  if (shareScene === undefined) return null;
  return { kind: 'share_open', target, scene: shareScene, sharer };
}
