/**
 * Totals read latency at 10k and 1M beacons. Two campaigns with the same events (300), org
 * units (404), materials (13) and days (10), one counted from 10,000 synthetic beacons and
 * one from 1,000,000; `getCampaignTotals` is timed on both, as head office (the whole
 * campaign), as a province and as a county (their own breakdowns), in the same run against the same DynamoDB
 * Local. The claim under test: the read costs the same at any number of beacons, because it
 * reads counter items (one per bucket and shard), never the beacons.
 *
 *   npm run bench:totals          (BENCH_READS=30 timed reads per campaign)
 *
 * The beacons are counted in memory by the engine's own `countingPlan` and written as the
 * counter items the engine would have left (see syntheticTally.ts), not sent through the API.
 */
import { type CampaignTotals, metricNames } from '@rights-outreach/shared';
import { percentile, startBenchStore } from './lib';

const reads = Number(process.env.BENCH_READS ?? 30);
const warmUps = 3;
const sizes = [
  { campaignCode: 'totals-10k', beacons: 10_000, people: 2_000, label: '10k' },
  { campaignCode: 'totals-1m', beacons: 1_000_000, people: 200_000, label: '1M' },
];
const beaconSeed = 315;

interface Seeded {
  label: string;
  campaignCode: string;
  beacons: number;
  people: number;
  visitors: number;
  counterItems: number;
  /** Numeric attributes over those items: a sparse campaign's shard items lack some metrics. */
  counterValues: number;
  rows: number;
  /** Rows per dimension, e.g. `event 300, source 560, …`: must match between the campaigns. */
  cardinality: string;
}

async function main(): Promise<void> {
  const dynamo = await startBenchStore();
  const fixture = await import('./nationalFixture');
  const { tallySynthetic, writeCounterItems, countCounterItems } = await import('./syntheticTally');
  const { prng } = await import('../scripts/lib/prng');
  const { getCampaignTotals } = await import('../functions/src/domain/campaignTotals');
  // Head office reads the whole campaign; a province and a county their own figures and breakdowns.
  const readers = {
    hq: { employeeNo: 'BENCH-HQ', name: '压测总公司', role: 'marketing' as const, unitId: 'hq', unitPath: '/hq/' },
    province: { employeeNo: 'BENCH-P01', name: '压测省公司', role: 'marketing' as const, unitId: 'p01', unitPath: '/hq/p01/' },
    county: {
      employeeNo: 'BENCH-K111',
      name: '压测县支公司',
      role: 'marketing' as const,
      unitId: 'p01-c1-k1',
      unitPath: '/hq/p01/p01-c1/p01-c1-k1/',
    },
  };
  const { closeDb } = await import('../functions/src/repository/client');
  try {
    const began = performance.now();
    const [tree, materials] = await Promise.all([fixture.seedOrgTree(), fixture.seedMaterials()]);
    console.log(`seeded ${tree.units.length} org units and ${materials.length} materials in ${seconds(began)} s`);

    const seeded: Seeded[] = [];
    for (const [index, size] of sizes.entries()) {
      const start = performance.now();
      await fixture.seedCampaign(size.campaignCode, materials);
      const events = await fixture.seedEvents(size.campaignCode, tree.counties, prng(1000 + index));
      const tally = tallySynthetic({ ...size, seed: beaconSeed }, events, tree.counties, materials);
      const writeStart = performance.now();
      await writeCounterItems(tally.items);
      const writeSeconds = (performance.now() - writeStart) / 1000;

      const totals = await getCampaignTotals(readers.hq, size.campaignCode);
      check(size.label, totals, tally.expected);
      const counterItems = await countCounterItems(size.campaignCode);
      if (counterItems !== tally.items.length)
        throw new Error(`${size.label}: wrote ${tally.items.length} counter items, read ${counterItems}`);
      const rows = Object.values(totals.breakdowns).reduce((sum, dimensionRows) => sum + dimensionRows.length, 0);
      const cardinality = Object.entries(totals.breakdowns)
        .map(([dimension, dimensionRows]) => `${dimension} ${dimensionRows.length}`)
        .join(', ');
      const counterValues = tally.items.reduce((sum, item) => sum + Object.keys(item.counters).length, 0);
      seeded.push({ ...size, visitors: tally.expected.visitors, counterItems, counterValues, rows, cardinality });
      console.log(
        `${size.label}: ${events.length} events, ${fmt(size.beacons)} beacons (${kindSummary(tally.kinds)}) counted in memory in ${(tally.aggregateMs / 1000).toFixed(1)} s, ` +
          `${fmt(counterItems)} counter items written in ${writeSeconds.toFixed(1)} s; ${seconds(start)} s in all`,
      );
      console.log(`${size.label}: totals check passed: views ${fmt(totals.totals.views)}, visitors ${fmt(totals.totals.visitors)}`);
    }
    const [small, large] = seeded as [Seeded, Seeded];
    if (small.cardinality !== large.cardinality) {
      throw new Error(`the campaigns must have the same buckets: ${small.cardinality} vs ${large.cardinality}`);
    }
    console.log(`both campaigns: breakdown rows ${small.cardinality}`);

    const readerNames = Object.keys(readers) as (keyof typeof readers)[];
    const runs = seeded.flatMap((campaign) =>
      readerNames.map((reader) => ({ campaign, reader, key: `${campaign.campaignCode}|${reader}` })),
    );
    for (let i = 0; i < warmUps; i++) for (const run of runs) await getCampaignTotals(readers[run.reader], run.campaign.campaignCode);
    // Interleaved, in alternating order, so neither the machine's other work nor the order
    // within a round favours one campaign.
    const timings = new Map(runs.map((run) => [run.key, [] as number[]]));
    for (let i = 0; i < reads; i++) {
      for (const run of i % 2 === 0 ? runs : [...runs].reverse()) {
        const start = performance.now();
        await getCampaignTotals(readers[run.reader], run.campaign.campaignCode);
        timings.get(run.key)!.push(performance.now() - start);
      }
    }

    console.log(
      `\ngetCampaignTotals, ${warmUps} warm-up + ${reads} timed reads per campaign and reader, interleaved in alternating order, same DynamoDB Local:\n`,
    );
    const header = [
      'campaign',
      'reader',
      'beacons',
      'visitors',
      'counter items stored',
      'values in them',
      'breakdown rows (hq)',
      'p50 ms',
      'p95 ms',
    ];
    const table = runs.map(({ campaign, reader, key }) => {
      const values = timings.get(key)!;
      return [
        campaign.campaignCode,
        reader,
        fmt(campaign.beacons),
        fmt(campaign.visitors),
        fmt(campaign.counterItems),
        fmt(campaign.counterValues),
        fmt(campaign.rows),
        percentile(values, 50).toFixed(1),
        percentile(values, 95).toFixed(1),
      ];
    });
    printTable(header, table);
    for (const reader of readerNames) {
      const p50 = (campaign: Seeded) => percentile(timings.get(`${campaign.campaignCode}|${reader}`)!, 50);
      console.log(
        `\n${reader}: ratio p50(1M) / p50(10k): ${(p50(large) / p50(small)).toFixed(2)}  (beacons ×${large.beacons / small.beacons})`,
      );
    }
    console.log(
      `(counter values ×${(large.counterValues / small.counterValues).toFixed(2)}: at 10k many shard items lack the rarer metrics; ` +
        `the ceiling is items × ${metricNames.length} metrics, whatever the beacon count)`,
    );
  } finally {
    closeDb();
    await dynamo.stop();
  }
}

/** The read must show exactly what was generated: every view, every distinct person. */
function check(label: string, totals: CampaignTotals, expected: { views: number; visitors: number }): void {
  const actual = { views: totals.totals.views, visitors: totals.totals.visitors };
  if (actual.views !== expected.views || actual.visitors !== expected.visitors) {
    throw new Error(`${label}: totals ${JSON.stringify(actual)}, generated ${JSON.stringify(expected)}`);
  }
}

function kindSummary(kinds: Record<string, number>): string {
  return Object.entries(kinds)
    .map(([kind, count]) => `${kind} ${fmt(count)}`)
    .join(', ');
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

function fmt(value: number): string {
  return value.toLocaleString('en-US');
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
