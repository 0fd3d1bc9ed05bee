/**
 * The campaign report at a national company's shape: 404 org units, BENCH_EVENTS events
 * (default 3,000) and 100,000 synthetic beacons counted by the engine's own plan, plus last
 * year's campaign for the year-on-year figures. Timed in the same run, against the same
 * DynamoDB Local, interleaved:
 *   - baseline: the totals read for the same reader (counters only, no events);
 *   - the report for head office (the whole campaign) and for one province;
 *   - the export built from head office's report, as .xlsx and .csv.
 *
 *   npm run bench:report          (BENCH_READS=10 timed runs each, BENCH_EVENTS=3000)
 */
import { percentile, startBenchStore } from './lib';

const reads = Number(process.env.BENCH_READS ?? 10);
const eventCount = Number(process.env.BENCH_EVENTS ?? 3_000);
const warmUps = 2;

async function main(): Promise<void> {
  const dynamo = await startBenchStore();
  const fixture = await import('./nationalFixture');
  const { tallySynthetic, writeCounterItems } = await import('./syntheticTally');
  const { prng } = await import('../scripts/lib/prng');
  const { getCampaignTotals } = await import('../functions/src/domain/campaignTotals');
  const { campaignReport } = await import('../functions/src/domain/report/campaignReport');
  const { dashboardView } = await import('../functions/src/domain/report/dashboardView');
  const { reportCsv, reportWorkbook } = await import('../functions/src/domain/report/reportFiles');
  const { putCampaignIfAbsent } = await import('../functions/src/repository/campaignRepository');
  const { closeDb } = await import('../functions/src/repository/client');
  const readers = {
    hq: { employeeNo: 'BENCH-HQ', name: '压测总公司', role: 'marketing' as const, unitId: 'hq', unitPath: '/hq/' },
    province: { employeeNo: 'BENCH-P01', name: '压测省公司', role: 'marketing' as const, unitId: 'p01', unitPath: '/hq/p01/' },
  };
  try {
    let began = performance.now();
    const [tree, materials] = await Promise.all([fixture.seedOrgTree(), fixture.seedMaterials()]);
    const campaign = await fixture.seedCampaign('report-bench', materials);
    const lastYear = { ...campaign, code: 'report-bench-last-year', startDate: '2025-03-10', endDate: '2025-03-19' };
    await putCampaignIfAbsent(lastYear);
    const events = await fixture.seedEvents(campaign.code, tree.counties, prng(7), eventCount);
    await fixture.seedEvents(lastYear.code, tree.counties, prng(8), Math.round(eventCount * 0.8));
    const tally = tallySynthetic(
      { campaignCode: campaign.code, beacons: 100_000, people: 20_000, seed: 315 },
      events,
      tree.counties,
      materials,
    );
    await writeCounterItems(tally.items);
    console.log(
      `seeded ${tree.units.length} org units, ${events.length} events (+${Math.round(eventCount * 0.8)} last year), ` +
        `100,000 beacons as ${tally.items.length.toLocaleString('en-US')} counter items, in ${seconds(began)} s`,
    );

    const hqReport = await campaignReport(readers.hq, campaign.code);
    if (hqReport.offline.events !== events.length || hqReport.online.views !== tally.expected.views) {
      throw new Error(
        `report shows ${hqReport.offline.events} events / ${hqReport.online.views} views, seeded ${events.length} / ${tally.expected.views}`,
      );
    }
    const xlsx = await reportWorkbook(hqReport);
    const csv = reportCsv(hqReport);
    const answerBytes = Buffer.byteLength(JSON.stringify(dashboardView(hqReport)));
    console.log(
      `checks passed: ${hqReport.offline.events} events, ${hqReport.online.views.toLocaleString('en-US')} views, ` +
        `${hqReport.online.visitors.toLocaleString('en-US')} people; dashboard answer ${kb(answerBytes)}, xlsx ${kb(xlsx.body.length)}, csv ${kb(csv.body.length)}`,
    );

    const runs: Array<{ label: string; task: () => Promise<unknown> }> = [
      { label: 'totals, head office (baseline)', task: () => getCampaignTotals(readers.hq, campaign.code) },
      { label: 'report, head office', task: () => campaignReport(readers.hq, campaign.code) },
      { label: 'totals, province (baseline)', task: () => getCampaignTotals(readers.province, campaign.code) },
      { label: 'report, province', task: () => campaignReport(readers.province, campaign.code) },
      { label: 'export xlsx, head office', task: async () => reportWorkbook(await campaignReport(readers.hq, campaign.code)) },
      { label: 'export csv, head office', task: async () => reportCsv(await campaignReport(readers.hq, campaign.code)) },
    ];
    for (let i = 0; i < warmUps; i++) for (const run of runs) await run.task();
    const timings = new Map(runs.map((run) => [run.label, [] as number[]]));
    for (let i = 0; i < reads; i++) {
      for (const run of i % 2 === 0 ? runs : [...runs].reverse()) {
        began = performance.now();
        await run.task();
        timings.get(run.label)!.push(performance.now() - began);
      }
    }

    console.log(`\n${warmUps} warm-up + ${reads} timed runs each, interleaved in alternating order, same DynamoDB Local:\n`);
    const width = Math.max(...runs.map((run) => run.label.length));
    console.log(`${'what'.padEnd(width)}  ${'p50 ms'.padStart(8)}  ${'p95 ms'.padStart(8)}`);
    for (const run of runs) {
      const values = timings.get(run.label)!;
      console.log(
        `${run.label.padEnd(width)}  ${percentile(values, 50).toFixed(0).padStart(8)}  ${percentile(values, 95).toFixed(0).padStart(8)}`,
      );
    }
    const p50 = (label: string) => percentile(timings.get(label)!, 50);
    console.log(`\nratio report / totals, head office: ${(p50('report, head office') / p50('totals, head office (baseline)')).toFixed(2)}`);
    console.log(`ratio report / totals, province:    ${(p50('report, province') / p50('totals, province (baseline)')).toFixed(2)}`);
  } finally {
    closeDb();
    await dynamo.stop();
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
