import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { type Beacon, type BeaconBatch, addDays, shanghaiDate } from '@rights-outreach/shared';
import { handler as createEvent } from '../../functions/src/handlers/createEvent';
import { handler as getEventTotals } from '../../functions/src/handlers/getEventTotals';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount } from '../support/accounts';
import { aVisitorId, anEventRequest, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';
import { campaignView, expectedTotals, type OracleBeacon, unitView } from '../support/tallyOracle';
import { byBucket, readTotals, sorted } from '../support/totals';

/**
 * The figures depend only on which beacons exist, never on how they arrived: any batching,
 * duplication, order and concurrency of the same beacons, through ingest, the table's
 * stream and the aggregator, gives the same numbers, in every dimension and for every unit,
 * equal to the metric definitions computed independently (tallyOracle).
 */
let admin: TestAccount;
let provinceMarketing: TestAccount;
let cityMarketing: TestAccount;
let countyMarketing: TestAccount;
let tree: OrgTree;

beforeAll(async () => {
  tree = await givenOrgTree();
  admin = await givenAccount({ role: 'admin', unitId: tree.headOffice.id });
  provinceMarketing = await givenAccount({ role: 'marketing', unitId: tree.province.id });
  cityMarketing = await givenAccount({ role: 'marketing', unitId: tree.city.id });
  countyMarketing = await givenAccount({ role: 'marketing', unitId: tree.countyA.id });
});

const unitsOf = (path: string) => path.split('/').filter(Boolean);

/** Where a phone opened the page: an event's code, a county's poster, a campaign-wide channel, or nothing. */
const places = ['eventA', 'eventB', 'posterB', 'moments', 'none'] as const;
const kinds = [
  'view',
  'view',
  'video_play',
  'video_complete',
  'share_tap',
  'share_open',
  'checkin',
  'signup',
  'quiz_complete',
  'feedback',
] as const;

const beaconSpec = fc.record({
  person: fc.integer({ min: 0, max: 3 }),
  place: fc.constantFrom(...places),
  kind: fc.constantFrom(...kinds),
  material: fc.integer({ min: 0, max: 2 }),
  daysAgo: fc.integer({ min: 0, max: 2 }),
  rating: fc.integer({ min: 1, max: 5 }),
});

/** A delivery plan: each beacon sent 1–3 times, shuffled, cut into batches, batches in waves run concurrently. */
const plan = fc.record({
  beacons: fc.array(beaconSpec, { minLength: 1, maxLength: 14 }),
  copies: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 14, maxLength: 14 }),
  order: fc.array(fc.nat(), { minLength: 42, maxLength: 42 }),
  batchSizes: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 42, maxLength: 42 }),
  waveSize: fc.integer({ min: 1, max: 4 }),
});

it('gives totals equal to the metric definitions, in every dimension, for any batching, duplication, order and concurrency', async () => {
  await fc.assert(
    fc.asyncProperty(plan, async ({ beacons, copies, order, batchSizes, waveSize }) => {
      const { campaign, materials } = await givenCampaign({}, { withVideos: true });
      const eventA = anEventRequest(campaign.code, tree.counterA.id, { targetGroups: ['elderly', 'students'] });
      const eventB = anEventRequest(campaign.code, tree.countyB.id, { targetGroups: ['villagers'] });
      for (const event of [eventA, eventB]) {
        expect((await invoke(createEvent, { method: 'POST', body: event, headers: bearer(admin) })).status).toBe(201);
      }
      const origin: Record<(typeof places)[number], Omit<OracleBeacon, 'person' | 'beacon'>> = {
        eventA: { eventId: eventA.clientId, source: 'event', unitIds: unitsOf(tree.counterA.path), targetGroups: ['elderly', 'students'] },
        eventB: { eventId: eventB.clientId, source: 'event', unitIds: unitsOf(tree.countyB.path), targetGroups: ['villagers'] },
        posterB: { source: `poster.${tree.countyB.id}`, unitIds: unitsOf(tree.countyB.path), targetGroups: [] },
        moments: { source: 'moments', unitIds: [], targetGroups: [] },
        none: { unitIds: [], targetGroups: [] },
      };
      const people = [aVisitorId(), aVisitorId(), aVisitorId(), aVisitorId()];
      const today = shanghaiDate(new Date());

      const unique: (OracleBeacon & { place: (typeof places)[number] })[] = beacons.map((spec) => {
        // Check-ins and sign-ups only exist at events.
        const place = (spec.kind === 'checkin' || spec.kind === 'signup') && !spec.place.startsWith('event') ? 'eventA' : spec.place;
        const materialId = materials[spec.material]?.id;
        const target =
          spec.kind === 'checkin' || spec.kind === 'signup'
            ? { type: 'landing' as const }
            : spec.kind === 'quiz_complete'
              ? { type: 'quiz' as const }
              : materialId || spec.kind === 'video_play' || spec.kind === 'video_complete'
                ? { type: 'material' as const, materialId: materialId ?? materials[0]!.id }
                : { type: 'landing' as const };
        const at = `${addDays(today, -spec.daysAgo)}T${spec.daysAgo === 0 ? '00:01' : '23:55'}:00+08:00`;
        const base = { id: randomUUID(), kind: spec.kind, target, at };
        const beacon = (
          spec.kind === 'share_open'
            ? { ...base, scene: 1007, sharer: randomBytes(6).toString('base64url') }
            : spec.kind === 'feedback'
              ? { ...base, rating: spec.rating }
              : base
        ) as Beacon;
        return { person: people[spec.person]!, beacon, place, ...origin[place] };
      });

      // Every copy of every beacon, in a shuffled order, grouped into batches of one phone and one place.
      const deliveries = unique
        .flatMap((sent, i) => Array.from({ length: copies[i] ?? 1 }, () => sent))
        .map((sent, i) => ({ sent, rank: order[i % order.length]! }))
        .sort((a, b) => a.rank - b.rank)
        .map(({ sent }) => sent);
      const batches: (typeof unique)[] = [];
      for (let i = 0, b = 0; i < deliveries.length; b++) {
        const size = batchSizes[b % batchSizes.length]!;
        const first = deliveries[i]!;
        let end = i + 1;
        while (
          end < deliveries.length &&
          end - i < size &&
          deliveries[end]!.person === first.person &&
          deliveries[end]!.place === first.place
        )
          end++;
        batches.push(deliveries.slice(i, end));
        i = end;
      }
      for (let w = 0; w < batches.length; w += waveSize) {
        const wave = batches.slice(w, w + waveSize).map((batch) => {
          const first = batch[0]!;
          const body: BeaconBatch = {
            campaignCode: campaign.code,
            ...(first.source ? { source: first.source } : {}),
            ...(first.eventId ? { eventId: first.eventId } : {}),
            visitorId: first.person,
            beacons: batch.map((d) => d.beacon),
          };
          return invoke(recordBeacons, { method: 'POST', body });
        });
        for (const response of await Promise.all(wave)) expect(response.status).toBe(200);
      }

      const expected = expectedTotals(unique);
      const actual = byBucket(await readTotals(campaign.code, admin));
      expect(sorted(actual)).toEqual(sorted(campaignView(expected)));
      // Every unit keeps its own breakdowns: a province, a city and a county, exact too, and
      // only what happened under each.
      const views = [
        {
          reader: provinceMarketing,
          unit: tree.province,
          units: [tree.province, tree.city, tree.countyA, tree.counterA, tree.countyB],
          events: [eventA, eventB],
        },
        { reader: cityMarketing, unit: tree.city, units: [tree.city, tree.countyA, tree.counterA, tree.countyB], events: [eventA, eventB] },
        { reader: countyMarketing, unit: tree.countyA, units: [tree.countyA, tree.counterA], events: [eventA] },
      ];
      for (const { reader, unit, units, events } of views) {
        const ofUnit = byBucket(await readTotals(campaign.code, reader));
        const subtree = { unitIds: units.map((u) => u.id), eventIds: events.map((event) => event.clientId) };
        expect(sorted(ofUnit)).toEqual(sorted(unitView(expected, unit.id, subtree)));
      }
      const eventTotals = await invoke(getEventTotals, { pathParameters: { id: eventA.clientId }, headers: bearer(admin) });
      expect(eventTotals.body.totals).toEqual(expected.get(`event#${eventA.clientId}`) ?? expect.objectContaining({ views: 0 }));
    }),
    { numRuns: 12 },
  );
}, 240_000);
