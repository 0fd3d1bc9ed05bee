import { useCallback, useState } from 'react';
import type { LandingParams } from '@rights-outreach/shared';
import { deviceStorage } from '../services/deviceStorage';
import { getTracker } from '../tracker';
import { checkedInAt, rememberCheckin } from '../utils/checkinMemory';
import { formatLocalIso } from '../utils/formatLocalIso';

export interface Checkin {
  /** This device checked in to the event (now or on an earlier visit). */
  done: boolean;
  checkIn: () => void;
}

/**
 * 现场签到 at an event: one `checkin` beacon for the event, queued like every beacon (so it
 * survives a weak signal and counts once however often it is resent), and remembered on the
 * device. The server counts distinct people, so a second check-in would change nothing.
 */
export function useCheckin(origin: LandingParams | null): Checkin {
  const eventId = origin?.eventId ?? null;
  const [done, setDone] = useState(() => (eventId ? checkedInAt(deviceStorage, eventId) !== null : false));

  const checkIn = useCallback(() => {
    if (!origin?.eventId || done) return;
    const tracker = getTracker();
    tracker.track(origin, { kind: 'checkin', target: { type: 'landing' } });
    rememberCheckin(deviceStorage, origin.eventId, formatLocalIso(new Date()));
    setDone(true);
    void tracker.flush();
  }, [origin, done]);

  return { done, checkIn };
}
