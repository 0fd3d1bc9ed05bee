import { useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import type { LandingParams } from '@rights-outreach/shared';
import { getSharerTag, getTracker, type PageTarget } from '../tracker';
import { queryOf, sharePath } from '../utils/sharing';

/**
 * Sharing the page to a chat (menu or a `openType='share'` button) and to 朋友圈: the card
 * opens the same page for the same campaign, tagged with this device's sharer tag. Each
 * share counts one `share_tap` (分享次数; WeChat never says whether the share was sent).
 * The page's config must set `enableShareAppMessage` and `enableShareTimeline`.
 */
export function useSharePage(campaign: LandingParams | null, target: PageTarget | null, title: string | undefined): void {
  function share(): { title?: string; path?: string } {
    const titled = title ? { title } : {};
    if (!target) return titled;
    if (campaign) getTracker().track(campaign, { kind: 'share_tap', target });
    return { ...titled, path: sharePath(target, campaign, getSharerTag()) };
  }

  useShareAppMessage(() => share());

  useShareTimeline(() => {
    const { path, ...rest } = share();
    return path ? { ...rest, query: queryOf(path) } : rest;
  });
}
