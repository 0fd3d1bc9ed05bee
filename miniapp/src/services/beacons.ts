import type { BeaconBatch, BeaconBatchResult } from '@rights-outreach/shared';
import { callPublicApi as callApi } from './publicApi';

/** Posts one batch of beacons; the server counts each beacon id once however often it arrives. */
export function postBeaconBatch(batch: BeaconBatch): Promise<BeaconBatchResult> {
  return callApi('recordBeacons', { body: batch });
}
