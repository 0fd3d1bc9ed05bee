import { postBeaconBatch } from '../services/beacons';
import { deviceStorage } from '../services/deviceStorage';
import { createTracker, type Tracker } from './createTracker';

export type { Tracker } from './createTracker';

let instance: Tracker | null = null;

/** The app's one tracker, created on first use (storage is only safe to touch at runtime). */
export function getTracker(): Tracker {
  instance ??= createTracker({ storage: deviceStorage, send: postBeaconBatch });
  return instance;
}
