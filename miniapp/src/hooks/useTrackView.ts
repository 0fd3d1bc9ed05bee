import { useDidHide } from '@tarojs/taro';
import { useEffect } from 'react';
import type { LandingParams } from '@rights-outreach/shared';
import { getTracker, type PageTarget } from '../tracker';

/**
 * Counts one `view` per page open (浏览量: every open counts) for the campaign the visitor
 * came with (and the event, when it was an event's QR code), and sends what is queued when the page is hidden (the app may be killed in
 * the background). Without a campaign nothing is counted.
 */
export function useTrackView(campaign: LandingParams | null, target: PageTarget | null): void {
  useEffect(() => {
    if (!campaign || !target) return;
    getTracker().track(campaign, { kind: 'view', target });
    // Once per mount = once per page open: the params of a page never change while it lives.
  }, []);

  useDidHide(() => {
    void getTracker().flush();
  });
}
