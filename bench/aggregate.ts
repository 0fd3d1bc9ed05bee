/**
 * The stream aggregator at a national shape (404 units, 300 events, 13 materials, 10 days),
 * against the same DynamoDB Local and its real stream, in one run:
 * - baseline: raw single-item UpdateItem calls per second (16 callers), after a warm-up of the
 *   fresh DynamoDB Local JVM, timed before the ingest and again after the lag; the ratios use
 *   the faster of the two;
 * - ingest: the national mix (phones of 4 beacons at an event, a county's poster or counter
 *   code, or the national Moments link) stored through the recordBeacons domain function;
 * - aggregation: the backlog applied by the aggregator's own Lambda handler, fed from the
 *   real stream by the local event source mapping (batch 2,000 as serverless.yml, or BENCH_BATCH;
 *   window 1 s): beacons/s, and
 *   that ÷ the baseline;
 * - write units per beacon, summed from ReturnConsumedCapacity: TOTAL on every write of
 *   ingest and aggregation, beside what the first engine's plan (one transaction a beacon)
 *   costs for the same beacons;
 * - lag: beacons sent at a steady pace while the aggregator runs; for each batch, the time
 *   from its acknowledgement to its views showing in the campaign's totals (p50, p99).
 *
 *   npm run bench:aggregate        (BENCH_PHONES=1500 BENCH_SECONDS=10 BENCH_WARMUP_SECONDS=5 BENCH_LAG_BATCHES=60)
 */
import type { Beacon, BeaconBatch } from '@rights-outreach/shared';
import { localClient } from '../scripts/lib/dynamoLocal';
import { streamArnOf } from '../scripts/lib/ensureTable';
import type { Prng } from '../scripts/lib/prng';
import { benchTable, measure, percentile, printRow, rawUpdate, startBenchStore } from './lib';

const phones = Number(process.env.BENCH_PHONES ?? 1500);
const beaconsPerPhone = 4;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmUpSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const lagBatches = Number(process.env.BENCH_LAG_BATCHES ?? 60);
const concurrency = 16;
/** Records per aggregator batch: serverless.yml's batchSize. */
const batchSize = Number(process.env.BENCH_BATCH ?? 2000);
const campaignCode = 'aggregate-315';
const warmUpCode = 'aggregate-warmup';

async function main(): Promise<void> {
  const dynamo = await startBenchStore();
  const client = localClient(dynamo.endpoint);
  const streamArn = await streamArnOf(client, benchTable);
  const baselineCall = rawUpdate(client, benchTable);
  const fixture = await import('./nationalFixture');
  const { prng } = await import('../scripts/lib/prng');
  const { recordBeacons } = await import('../functions/src/domain/recordBeacons');
  const { handler } = await import('../functions/src/streams/aggregateBeacons');
  const { startStreamPoller } = await import('../scripts/lib/streamPoller');
  const { awaitAggregated } = await import('../scripts/lib/aggregationStatus');
  const { readBucketCounters } = await import('../functions/src/repository/tallyRepository');
  const { campaignBucket } = await import('../functions/src/domain/buckets');
  const { db, closeDb } = await import('../functions/src/repository/client');
  const meter = meterWriteUnits(db());
  let poller: { stop(): Promise<void> } | undefined;
  try {
    const [tree, materials] = await Promise.all([fixture.seedOrgTree(), fixture.seedMaterials()]);
    await fixture.seedCampaign(campaignCode, materials);
    const events = await fixture.seedEvents(campaignCode, tree.counties, prng(7));
    const random = prng(315);
    const batches = nationalMix(
      campaignCode,
      random,
      phones,
      events,
      tree.counties,
      materials.map((m) => m.id),
    );
    const beacons = batches.reduce((sum, batch) => sum + batch.beacons.length, 0);
    const views = batches.reduce((sum, batch) => sum + batch.beacons.filter((b) => b.kind === 'view').length, 0);
    console.log(
      `bench: ${tree.units.length} units, ${events.length} events, ${fmt(beacons)} beacons from ${fmt(phones)} phones (${beaconsPerPhone} a phone)\n`,
    );

    const context = (i: number) => ({
      now: new Date('2026-03-20T12:00:00+08:00'),
      visitorHashSecret: process.env.VISITOR_HASH_SECRET!,
      tokenSecret: process.env.AUTH_TOKEN_SECRET!,
      beaconTtlDays: 400,
      sourceIp: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      limits: { perPerson: 600, perAddress: 60_000 },
    });
    const target = { endpoint: dynamo.endpoint, tableName: benchTable, streamArn };
    // DynamoDB Local is a fresh JVM, its JIT cold: warm it up with the whole path (another
    // campaign's beacons stored and aggregated) and with the baseline's own calls before timing
    // anything, and time the baseline again at the end; the ratios use the faster of the two.
    // The measured poller starts from the stream's horizon, so it also reads (and skips, by
    // its checkpoints) the warm-up's records: that counts against the aggregator.
    await fixture.seedCampaign(warmUpCode, materials);
    const warmUp = nationalMix(
      warmUpCode,
      prng(99),
      phones,
      await fixture.seedEvents(warmUpCode, tree.counties, prng(98)),
      tree.counties,
      materials.map((m) => m.id),
    );
    for (let i = 0; i < warmUp.length; i += concurrency) {
      await Promise.all(warmUp.slice(i, i + concurrency).map((batch, j) => recordBeacons(batch, context(1_000_000 + i + j))));
    }
    const warmUpPoller = startStreamPoller({ endpoint: dynamo.endpoint, streamArn, handler, batchSize, batchWindowMs: 1_000 });
    await awaitAggregated(target, 3_600_000);
    await warmUpPoller.stop();
    await measure('warm-up', { concurrency, durationMs: warmUpSeconds * 1000, maxOps: 1_000_000 }, baselineCall);
    const rawBefore = await measure(
      'raw UpdateItem (baseline, same DynamoDB Local)',
      { concurrency, durationMs: seconds * 1000, maxOps: 1_000_000 },
      baselineCall,
    );
    printRow(rawBefore);

    meter.phase = 'ingest';
    let next = 0;
    const ingest = await measure(
      'ingest: beacons stored (domain, 16 callers)',
      { concurrency, durationMs: 3_600_000, maxOps: batches.length, opsPerCall: beaconsPerPhone },
      async () => {
        const i = next++;
        await recordBeacons(batches[i]!, context(i));
      },
    );
    printRow(ingest);

    meter.phase = 'aggregate';
    const began = performance.now();
    poller = startStreamPoller({ endpoint: dynamo.endpoint, streamArn, handler, batchSize, batchWindowMs: 1_000 });
    await awaitAggregated(target, 3_600_000);
    const aggregateSeconds = (performance.now() - began) / 1000;
    const applied = {
      label: 'aggregation: beacons applied from the stream',
      ops: beacons,
      seconds: aggregateSeconds,
      perSecond: beacons / aggregateSeconds,
    };
    printRow(applied);
    const totals = await readBucketCounters(campaignCode, [campaignBucket]);
    const counted = totals.of(campaignBucket)?.views ?? 0;
    if (counted !== views) throw new Error(`totals show ${counted} views, ${views} were sent`);
    console.log(`totals check passed: ${fmt(counted)} views`);

    const ingestUnits = meter.units.ingest / beacons;
    const aggregateUnits = meter.units.aggregate / beacons;
    const reported = (meter.reported.ingest + meter.reported.aggregate) / beacons;
    console.log(
      `\nwrite units per beacon (ReturnConsumedCapacity TOTAL, transactions at 2 units an item): ingest ${ingestUnits.toFixed(2)} + aggregation ${aggregateUnits.toFixed(2)} = ${(ingestUnits + aggregateUnits).toFixed(2)}`,
    );
    console.log(`  (as DynamoDB Local reports them, transactions at 2 units each: ${reported.toFixed(2)})`);
    for (const [kind, units] of Object.entries(meter.byKind).filter(([kind]) => /^(ingest|aggregate) /.test(kind))) {
      console.log(`  ${kind.padEnd(32)} ${(units / beacons).toFixed(2)} a beacon`);
    }
    console.log(
      `the first engine's plan for the same beacons (one transaction a beacon, provinces' breakdowns only): ${(await firstEnginePlanUnits(batches, events)).toFixed(2)}`,
    );

    // Lag: a steady trickle while the aggregator runs, each batch's views waited for in the totals.
    meter.phase = 'lag';
    const lagRandom = prng(316);
    const trickle = nationalMix(
      campaignCode,
      lagRandom,
      lagBatches,
      events,
      tree.counties,
      materials.map((m) => m.id),
    );
    let expectedViews = counted;
    const lags: number[] = [];
    const pending: { views: number; ackedAt: number }[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching || pending.length > 0) {
        const now = (await readBucketCounters(campaignCode, [campaignBucket])).of(campaignBucket)?.views ?? 0;
        const seenAt = performance.now();
        while (pending.length > 0 && pending[0]!.views <= now) lags.push(seenAt - pending.shift()!.ackedAt);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    for (const [i, batch] of trickle.entries()) {
      await recordBeacons(batch, context(phones + i));
      expectedViews += batch.beacons.filter((b) => b.kind === 'view').length;
      pending.push({ views: expectedViews, ackedAt: performance.now() });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    watching = false;
    await watcher;
    console.log(
      `\nlag from acknowledgement to the figure in totals (${lags.length} batches, 10 a second, batching window 1 s): p50 ${(percentile(lags, 50) / 1000).toFixed(2)} s, p99 ${(percentile(lags, 99) / 1000).toFixed(2)} s`,
    );

    await poller.stop();
    poller = undefined;
    meter.phase = 'baseline';
    const rawAfter = await measure(
      'raw UpdateItem again (baseline, after aggregation)',
      { concurrency, durationMs: seconds * 1000, maxOps: 1_000_000 },
      baselineCall,
    );
    printRow(rawAfter);
    const raw = rawBefore.perSecond >= rawAfter.perSecond ? rawBefore : rawAfter;
    console.log(
      `\nratio aggregation beacons/s ÷ raw UpdateItem/s (the faster baseline): ${(applied.perSecond / raw.perSecond).toFixed(2)}`,
    );
    console.log(`ratio ingest beacons/s ÷ raw UpdateItem/s (in process, no HTTP): ${(ingest.perSecond / raw.perSecond).toFixed(2)}`);
  } finally {
    await poller?.stop();
    client.destroy();
    closeDb();
    await dynamo.stop();
  }
}

/**
 * Sums ReturnConsumedCapacity: TOTAL over every write the functions' client makes, by phase.
 * DynamoDB Local reports a transaction as 2 units whatever its size (checked: 3 updates, 2
 * units), where DynamoDB charges 2 units per item of up to 1 KB; so `units` counts each
 * transactional item as 2 (counter items and the aggregator's bookkeeping are all under
 * 1 KB) and everything else as reported, and `reported` keeps DynamoDB Local's own sum.
 */
function meterWriteUnits(client: { middlewareStack: { add: (...args: any[]) => void } }) {
  type Sums = { [phase: string]: number; ingest: number; aggregate: number };
  const meter = {
    phase: 'setup',
    units: { ingest: 0, aggregate: 0 } as Sums,
    reported: { ingest: 0, aggregate: 0 } as Sums,
    byKind: {} as Record<string, number>,
  };
  client.middlewareStack.add(
    (next: (args: any) => Promise<any>) => async (args: any) => {
      const input = args.input as Record<string, unknown>;
      const write =
        'Item' in input ||
        'UpdateExpression' in input ||
        'TransactItems' in input ||
        ('RequestItems' in input && !('Keys' in Object.values(input.RequestItems as object)[0]));
      if (write) input.ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      if (write) {
        const consumed = result.output?.ConsumedCapacity;
        const reported = [consumed]
          .flat()
          .reduce((sum: number, c: { CapacityUnits?: number } | undefined) => sum + (c?.CapacityUnits ?? 0), 0);
        const units = Array.isArray(input.TransactItems) ? 2 * input.TransactItems.length : reported;
        meter.units[meter.phase] = (meter.units[meter.phase] ?? 0) + units;
        meter.reported[meter.phase] = (meter.reported[meter.phase] ?? 0) + reported;
        const kind = `${meter.phase} ${Array.isArray(input.TransactItems) ? 'TransactWriteItems' : 'RequestItems' in input ? 'BatchWriteItem' : 'UpdateExpression' in input ? 'UpdateItem' : 'PutItem'}`;
        meter.byKind[kind] = (meter.byKind[kind] ?? 0) + units;
      }
      return result;
    },
    { step: 'initialize', name: 'meterWriteUnits' },
  );
  return meter;
}

type Place = { source: string; eventId?: string };

/**
 * A moment of the 3·15 peak, nationally: phones of `beaconsPerPhone` beacons, half at one
 * of the day's events (the fixture spreads its 300 events over 10 days: 30 run on the
 * 15th), three in ten at one of the 372 counties' poster or counter codes, two in ten from
 * the national Moments link; all of them that day, as a second of the stream is.
 */
function nationalMix(
  code: string,
  random: Prng,
  count: number,
  events: { id: string; day?: number }[],
  counties: { id: string }[],
  materialIds: string[],
): BeaconBatch[] {
  const todays = events.filter((_, i) => i % 10 === 5);
  return Array.from({ length: count }, () => {
    const county = counties[random.below(counties.length)]!.id;
    const roll = random.below(10);
    const place: Place =
      roll < 5
        ? { source: 'event', eventId: todays[random.below(todays.length)]!.id }
        : roll < 8
          ? { source: `${random.below(2) === 0 ? 'poster' : 'counter'}.${county}` }
          : { source: 'moments' };
    const day = `2026-03-15T${String(9 + random.below(3)).padStart(2, '0')}:${String(random.below(60)).padStart(2, '0')}:00+08:00`;
    const beacons: Beacon[] = Array.from({ length: beaconsPerPhone }, (_, b): Beacon => {
      const base = { id: random.uuid(), at: day };
      if (b === 0) return { ...base, kind: 'view', target: { type: 'landing' } };
      if (b === 3 && random.below(3) === 0) return { ...base, kind: 'share_tap', target: { type: 'landing' } };
      return { ...base, kind: 'view', target: { type: 'material', materialId: materialIds[random.below(materialIds.length)]! } };
    });
    return { campaignCode: code, ...place, visitorId: random.uuid().replace(/-/g, ''), beacons };
  });
}

/**
 * What the first engine wrote for the same beacons: per beacon one transaction (2 units an
 * item under 1 KB) of its dedup record, a marker per bucket new to the person and one update
 * per counter item, with breakdowns kept for the campaign and provinces only; and the two
 * rate windows a batch (1 unit each), as now.
 */
async function firstEnginePlanUnits(
  batches: BeaconBatch[],
  events: { id: string; unitIds: string[]; targetGroups: string[] }[],
): Promise<number> {
  const { countingPlan, markerId, tallyBeacon } = await import('../functions/src/domain/tally');
  const { bucketName } = await import('../functions/src/domain/buckets');
  const eventById = new Map(events.map((event) => [event.id, event]));
  const seen = new Set<string>();
  let units = 0;
  let beacons = 0;
  for (const batch of batches) {
    units += 2;
    const county = batch.source?.includes('.') ? batch.source.split('.')[1]! : undefined;
    const event = batch.eventId ? eventById.get(batch.eventId) : undefined;
    const unitIds = event?.unitIds ?? (county ? ['hq', county.slice(0, 3), county.slice(0, 6), county] : []);
    const place = {
      campaignCode,
      ...(batch.eventId ? { eventId: batch.eventId } : {}),
      ...(batch.source ? { source: batch.source, channel: batch.source.split('.')[0] as never } : {}),
      unitIds,
      targetGroups: (event?.targetGroups ?? []) as never[],
    };
    for (const beacon of batch.beacons) {
      beacons++;
      const plan = countingPlan(tallyBeacon(beacon, place));
      const kept = (bucket: { scope?: string }) => !bucket.scope || bucket.scope === unitIds[1];
      const items = new Set<string>();
      for (const increment of plan.increments) if (kept(increment.bucket)) items.add(bucketName(increment.bucket));
      let markers = 0;
      for (const marker of plan.markers) {
        if (!kept(marker.bucket)) continue;
        const id = `${batch.visitorId}|${markerId(marker)}`;
        if (seen.has(id)) continue;
        seen.add(id);
        markers++;
        for (const increment of marker.onFirst) items.add(bucketName(increment.bucket));
      }
      units += 2 * (1 + markers + items.size);
    }
  }
  return units / beacons;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
