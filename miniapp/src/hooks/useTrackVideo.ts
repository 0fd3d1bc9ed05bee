import { useMemo } from 'react';
import type { LandingParams } from '@rights-outreach/shared';
import { getTracker } from '../tracker';
import { createVideoWatch, type VideoSignal } from '../utils/videoWatch';

/**
 * Counts a material's video: `video_play` once per play start, `video_complete` once per play
 * watched to at least 90 % (utils/videoWatch.ts). Without a campaign nothing is counted, as
 * for views. Answers the one function the player's events feed.
 */
export function useTrackVideo(campaign: LandingParams | null, materialId: string): (signal: VideoSignal) => void {
  return useMemo(() => {
    const watch = createVideoWatch();
    return (signal: VideoSignal) => {
      for (const kind of watch.next(signal)) {
        if (campaign) getTracker().track(campaign, { kind, target: { type: 'material', materialId } });
      }
    };
  }, [campaign, materialId]);
}
