import Taro from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import type { LandingParams } from '@rights-outreach/shared';
import { getSharerTag, getTracker, type PageTarget } from '../tracker';
import { shareOpenBeacon, type EntryScene } from '../utils/sharing';

/**
 * How the page was entered. In WeChat, the scene of the latest entry into the app: the enter
 * options, not the launch options (a card tapped while the app was in the background is a new
 * entry, not a new launch). In H5 there are no scenes: a page whose link carries `sh` was
 * opened from a link someone copied with 复制链接分享 (`link`).
 */
function entryScene(): EntryScene {
  if (process.env.TARO_ENV === 'h5') return 'link';
  if (process.env.TARO_ENV !== 'weapp') return undefined;
  try {
    const options = typeof Taro.getEnterOptionsSync === 'function' ? Taro.getEnterOptionsSync() : Taro.getLaunchOptionsSync();
    return options.scene;
  } catch {
    return undefined;
  }
}

/**
 * Counts one `share_open` (分享带来的打开) when this page was opened from something someone
 * shared: its link names another device's sharer tag, and WeChat reports a share scene (in H5:
 * any open of such a link). Once per page open;
 * links inside the app never carry a sharer, so pages reached from here do not count again.
 */
export function useTrackShareOpen(campaign: LandingParams | null, target: PageTarget | null): void {
  const counted = useRef(false);
  useEffect(() => {
    if (counted.current || !campaign || !target) return;
    // Once per mount = once per page open, as soon as the campaign is known (see useTrackView).
    counted.current = true;
    const beacon = shareOpenBeacon(target, campaign, entryScene(), getSharerTag());
    if (beacon) getTracker().track(campaign, beacon);
  }, [campaign, target]);
}
