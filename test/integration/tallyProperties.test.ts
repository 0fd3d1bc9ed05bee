import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Beacon } from '@rights-outreach/shared';
import { handler as getCampaignTotals } from '../../functions/src/handlers/getCampaignTotals';
import { handler as getEventTotals } from '../../functions/src/handlers/getEventTotals';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { handler as createEvent } from '../../functions/src/handlers/createEvent';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { aVisitorId, anEventRequest, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';

/**
 * The totals depend only on which beacons exist, never on how they arrived: any batching,
 * duplication, order and concurrency of the same beacons gives the same numbers.
 */
let admin: TestAccount;
let unitId: string;

beforeAll(async () => {
  const tree = await givenOrgTree();
  unitId = tree.countyA.id;
  admin = await givenAccount({ role: 'admin', unitId: tree.headOffice.id });
});

interface Sent {
  visitor: number;
  beacon: Beacon;
}

const beaconSpec = fc.record({
  visitor: fc.integer({ min: 0, max: 3 }),
  kind: fc.constantFrom<'view' | 'checkin'>('view', 'view', 'checkin'),
});

/** A delivery plan: each beacon sent 1–3 times, shuffled, cut into batches, batches in waves run concurrently. */
const plan = fc.record({
  beacons: fc.array(beaconSpec, { minLength: 1, maxLength: 12 }),
  copies: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 12, maxLength: 12 }),
  order: fc.array(fc.nat(), { minLength: 36, maxLength: 36 }),
  batchSizes: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 36, maxLength: 36 }),
  waveSize: fc.integer({ min: 1, max: 4 }),
});

it('gives the same exact totals for any batching, duplication, order and concurrency', async () => {
  await fc.assert(
    fc.asyncProperty(plan, async ({ beacons, copies, order, batchSizes, waveSize }) => {
      const { campaign } = await givenCampaign();
      const event = anEventRequest(campaign.code, unitId);
      await invoke(createEvent, { method: 'POST', body: event, headers: bearer(admin) });
      const visitors = [aVisitorId(), aVisitorId(), aVisitorId(), aVisitorId()];
      const unique: Sent[] = beacons.map(({ visitor, kind }) => ({
        visitor,
        beacon: { id: randomUUID(), kind, target: { type: 'landing' }, at: new Date().toISOString() },
      }));

      // Every copy of every beacon, in a shuffled order, grouped into same-visitor batches.
      const deliveries = unique
        .flatMap((sent, i) => Array.from({ length: copies[i] ?? 1 }, () => sent))
        .map((sent, i) => ({ sent, rank: order[i % order.length]! }))
        .sort((a, b) => a.rank - b.rank)
        .map(({ sent }) => sent);
      const batches: Sent[][] = [];
      for (let i = 0, b = 0; i < deliveries.length; b++) {
        // A batch comes from one phone: a run of the same visitor's deliveries, at most `size` long.
        const size = batchSizes[b % batchSizes.length]!;
        let end = i + 1;
        while (end < deliveries.length && end - i < size && deliveries[end]!.visitor === deliveries[i]!.visitor) end++;
        batches.push(deliveries.slice(i, end));
        i = end;
      }
      for (let w = 0; w < batches.length; w += waveSize) {
        const wave = batches.slice(w, w + waveSize).map((batch) =>
          invoke(recordBeacons, {
            method: 'POST',
            body: {
              campaignCode: campaign.code,
              source: 'event',
              eventId: event.clientId,
              visitorId: visitors[batch[0]!.visitor],
              beacons: batch.map((d) => d.beacon),
            },
          }),
        );
        for (const response of await Promise.all(wave)) expect(response.status).toBe(200);
      }

      const expected = {
        views: unique.filter((s) => s.beacon.kind === 'view').length,
        visitors: new Set(unique.map((s) => s.visitor)).size,
        checkins: new Set(unique.filter((s) => s.beacon.kind === 'checkin').map((s) => s.visitor)).size,
      };
      const campaignTotals = await invoke(getCampaignTotals, { pathParameters: { code: campaign.code }, headers: bearer(admin) });
      const eventTotals = await invoke(getEventTotals, { pathParameters: { id: event.clientId }, headers: bearer(admin) });
      expect(campaignTotals.body).toEqual({ campaignCode: campaign.code, ...expected });
      expect(eventTotals.body).toEqual({ eventId: event.clientId, ...expected });
    }),
    { numRuns: 10 },
  );
}, 120_000);
