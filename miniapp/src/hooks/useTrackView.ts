import { useDidHide } from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import type { LandingParams } from '@rights-outreach/shared';
import { getTracker, type PageTarget } from '../tracker';

/**
 * Counts one `view` per page open (浏览量: every open counts) for the campaign the visitor
 * came with (and the event, when it was an event's QR code), and sends what is queued when the page is hidden (the app may be killed in
 * the background). Without a campaign nothing is counted; a page may pass null until it knows
 * the campaign exists (an unknown code counts nothing) and the campaign then.
 */
export function useTrackView(campaign: LandingParams | null, target: PageTarget | null): void {
  const counted = useRef(false);
  useEffect(() => {
    if (counted.current || !campaign || !target) return;
    // Once per mount = once per page open, as soon as the campaign is known.
    counted.current = true;
    getTracker().track(campaign, { kind: 'view', target });
  }, [campaign, target]);

  useDidHide(() => {
    void getTracker().flush();
  });
}
