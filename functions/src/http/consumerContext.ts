import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { config } from '../config';
import type { RecordBeaconsContext } from '../domain/recordBeacons';
import { getSecret } from '../secrets';

/** What counting a consumer's request needs from the request and the configuration. */
export async function consumerContext(event: APIGatewayProxyEventV2, sourceIp: string): Promise<RecordBeaconsContext> {
  return {
    now: new Date(),
    userAgent: event.headers?.['user-agent'],
    sourceIp,
    visitorHashSecret: await getSecret('visitorHashSecret'),
    tokenSecret: await getSecret('authTokenSecret'),
    beaconTtlDays: config().beaconTtlDays,
    limits: config().beaconLimits,
  };
}
