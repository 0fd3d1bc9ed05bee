import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import type { LandingParams } from '@rights-outreach/shared';
import { getSharerTag, getTracker, type PageTarget } from '../tracker';
import { shareOpenBeacon } from '../utils/sharing';

/**
 * The WeChat scene of the latest entry into the app. The enter options, not the launch
 * options: a card tapped while the app was in the background is a new entry, not a new
 * launch. H5 has no scenes at all (undefined), so an H5 link with `sh` is never a share open.
 */
function entryScene(): number | undefined {
  if (process.env.TARO_ENV !== 'weapp') return undefined;
  try {
    const options = typeof Taro.getEnterOptionsSync === 'function' ? Taro.getEnterOptionsSync() : Taro.getLaunchOptionsSync();
    return options.scene;
  } catch {
    return undefined;
  }
}

/**
 * Counts one `share_open` (分享带来的打开) when this page was opened from a card someone
 * shared: its link names the sharer and WeChat reports a share scene. Once per page open;
 * links inside the app never carry a sharer, so pages reached from here do not count again.
 */
export function useTrackShareOpen(campaign: LandingParams | null, target: PageTarget | null): void {
  useEffect(() => {
    if (!campaign || !target) return;
    const beacon = shareOpenBeacon(target, campaign, entryScene(), getSharerTag());
    if (beacon) getTracker().track(campaign, beacon);
    // Once per mount = once per page open: the params of a page never change while it lives.
  }, []);
}
