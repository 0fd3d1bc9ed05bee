import type { BeaconBatch } from '@rights-outreach/shared';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { givenAccount, givenOrgTree } from '../support/accounts';
import { aBatch, aBeacon, givenCampaign } from '../support/fixtures';
import { retryDelayMs } from '../../miniapp/src/retry/retryPolicy';
import { invoke } from '../support/invoke';
import { expectedTotals } from '../support/tallyOracle';
import { byBucket, readTotals, sorted } from '../support/totals';

/**
 * 40 phones on a flaky network each send their batch three times at once (the request timed
 * out on the phone but reached the server). Whatever is answered, the totals are exact.
 * (120 concurrent sends: on two cores shared with DynamoDB Local and other work, 300 did not
 * finish within minutes, on the code before the request deadline as after it.)
 */
const phoneCount = 40;
jest.setTimeout(240_000);

it('counts exactly once when 40 phones each send every beacon three times, concurrently', async () => {
  const marketing = await givenAccount({ role: 'marketing', unitId: (await givenOrgTree()).headOffice.id });
  const { campaign, materials } = await givenCampaign();
  const phones: BeaconBatch[] = Array.from({ length: phoneCount }, (_, i) =>
    aBatch(
      campaign.code,
      [aBeacon(), aBeacon({ target: { type: 'material', materialId: materials[i % 2]!.id } }), aBeacon({ kind: 'share_tap' })],
      { source: i % 2 ? 'counter' : 'moments' },
    ),
  );

  /** Sends like the tracker: a 503 or 429 is tried again, with jittered exponential back-off, until acknowledged. */
  const deliver = async (batch: BeaconBatch) => {
    for (let attempt = 0; ; attempt++) {
      const response = await invoke(recordBeacons, { method: 'POST', body: batch });
      if (response.status === 200) return response.body.accepted as number;
      if (![503, 429].includes(response.status)) throw new Error(`answered ${response.status}: ${response.rawBody}`);
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt + 1, 100, 3_000)));
    }
  };
  const accepted = await Promise.all(phones.flatMap((batch) => [deliver(batch), deliver(batch), deliver(batch)]));

  // Every send ends acknowledged, whole: each phone's batch of 3, three times over.
  expect(accepted).toEqual(accepted.map(() => 3));
  const expected = expectedTotals(
    phones.flatMap((batch) =>
      batch.beacons.map((beacon) => ({ person: batch.visitorId, beacon, source: batch.source, unitIds: [], targetGroups: [] })),
    ),
  );
  expect(sorted(byBucket(await readTotals(campaign.code, marketing)))).toEqual(sorted(expected));
});
