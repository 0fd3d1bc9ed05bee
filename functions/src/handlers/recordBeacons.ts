import { BeaconBatchSchema, beaconLimits } from '@rights-outreach/shared';
import { config } from '../config';
import { recordBeacons } from '../domain/recordBeacons';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { getSecret } from '../secrets';

/** POST /public/beacons — public: a phone's batch of tracking beacons, each counted once. */
export const handler = httpHandler(
  { access: 'public', body: BeaconBatchSchema, maxBodyBytes: beaconLimits.maxBodyBytes },
  async ({ body, event, sourceIp }) => {
    const result = await recordBeacons(body, {
      now: new Date(),
      userAgent: event.headers?.['user-agent'],
      sourceIp,
      visitorHashSecret: await getSecret('visitorHashSecret'),
      tokenSecret: await getSecret('authTokenSecret'),
      beaconTtlDays: config().beaconTtlDays,
      limits: config().beaconLimits,
    });
    return json(200, result);
  },
);
