import { BeaconBatchSchema, beaconLimits } from '@rights-outreach/shared';
import { recordBeacons } from '../domain/recordBeacons';
import { consumerContext } from '../http/consumerContext';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** POST /public/beacons — public: a phone's batch of tracking beacons, each counted once. */
export const handler = httpHandler(
  { access: 'public', body: BeaconBatchSchema, maxBodyBytes: beaconLimits.maxBodyBytes },
  async ({ body, event, sourceIp }) => json(200, await recordBeacons(body, await consumerContext(event, sourceIp))),
);
