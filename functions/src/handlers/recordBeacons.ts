import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { recordBeacons } from '../domain/recordBeacons';
import { consumerContext } from '../http/consumerContext';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { withBeaconMetrics } from '../observability/beaconMetrics';
import { metrics } from '../observability/metrics';

/** POST /public/beacons — anyone (a visitor): a phone's batch of tracking beacons, each counted once. */
export const handler = httpHandler(api.recordBeacons, async ({ body, event, sourceIp }) =>
  json(200, await withBeaconMetrics(metrics, body.beacons.length, async () => recordBeacons(body, await consumerContext(event, sourceIp)))),
);
