import type { BeaconBatch, BeaconBatchResult } from '@rights-outreach/shared';
import { requestJson } from './http';

function isBatchResult(body: unknown): body is BeaconBatchResult {
  const result = body as Partial<BeaconBatchResult> | null;
  return typeof result?.accepted === 'number';
}

/** Posts one batch of beacons; the server counts each beacon id once however often it arrives. */
export function postBeaconBatch(batch: BeaconBatch): Promise<BeaconBatchResult> {
  return requestJson('POST', '/public/beacons', isBatchResult, batch);
}
