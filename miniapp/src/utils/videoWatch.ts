import { videoCompleteRatio } from '@rights-outreach/shared';

/** What a video player reports, in the order it happens. */
export type VideoSignal = { type: 'play' } | { type: 'time'; currentTime: number; duration: number } | { type: 'ended'; duration?: number };

/** The beacons a signal asks for: a play started, a play watched to the end (完播). */
export type VideoBeaconKind = 'video_play' | 'video_complete';

export interface VideoWatch {
  /** Feeds one player signal; answers the beacons to send for it (none, one, rarely both). */
  next(signal: VideoSignal): VideoBeaconKind[];
}

/** Longest step between two time updates still taken as watching (longer: the viewer seeked). */
const maxWatchStepSeconds = 1.5;

/**
 * Turns a player's signals into plays and completions. One play lasts from a play start to its
 * end: resuming after a pause is the same play; playing again after the end is a new one. A play
 * is complete once at least 90 % of the video's length was watched in it — seconds actually
 * played, so seeking to the end completes nothing. Each play sends video_play once and
 * video_complete at most once.
 */
export function createVideoWatch(): VideoWatch {
  let playing = false;
  let completed = false;
  let watched = 0;
  let position: number | null = null;
  let duration = 0;

  const checkComplete = (): VideoBeaconKind[] => {
    if (!playing || completed || duration <= 0 || watched < duration * videoCompleteRatio) return [];
    completed = true;
    return ['video_complete'];
  };

  return {
    next(signal) {
      switch (signal.type) {
        case 'play': {
          if (playing) return [];
          playing = true;
          completed = false;
          watched = 0;
          position = null;
          return ['video_play'];
        }
        case 'time': {
          if (!playing) return [];
          if (Number.isFinite(signal.duration) && signal.duration > 0) duration = signal.duration;
          if (position !== null) {
            const step = signal.currentTime - position;
            if (step > 0 && step <= maxWatchStepSeconds) watched += step;
          }
          position = signal.currentTime;
          return checkComplete();
        }
        case 'ended': {
          if (!playing) return [];
          if (signal.duration && Number.isFinite(signal.duration) && signal.duration > 0) duration = signal.duration;
          // The last stretch after the final time update was watched too.
          if (position !== null && duration > position && duration - position <= maxWatchStepSeconds) watched += duration - position;
          const beacons = checkComplete();
          playing = false;
          position = null;
          return beacons;
        }
      }
    },
  };
}
