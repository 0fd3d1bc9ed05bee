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

/** How a page was entered, as far as shares go: a WeChat scene number, or `link` (H5 opened from a pasted link). */
export type EntryScene = number | 'link' | undefined;

/**
 * The `share_open` beacon of a page opened from a share: only when its link names a sharer
 * and it was opened from one — in WeChat from a card (scene 1007, 1008 or 1044), in H5 from
 * a link (scene `link`: every H5 open of a link that carries `sh` is someone's pasted link).
 * Opening one's own card or link is not an open the share brought, so it is not counted.
 */
export function shareOpenBeacon(
  target: PageTarget,
  campaign: LandingParams | null,
  scene: EntryScene,
  ownSharer: string,
): BeaconInput | null {
  const sharer = campaign?.sharer;
  if (!sharer || sharer === ownSharer) return null;
  if (scene === 'link') return { kind: 'share_open', target, scene, sharer };
  const shareScene = shareScenes.find((candidate) => candidate === scene);
  if (shareScene === undefined) return null;
  return { kind: 'share_open', target, scene: shareScene, sharer };
}
