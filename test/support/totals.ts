import type { CampaignTotals, Metrics } from '@rights-outreach/shared';
import { handler as getCampaignTotals } from '../../functions/src/handlers/getCampaignTotals';
import { bearer, type TestAccount } from './accounts';
import { aggregated } from './aggregation';
import { invoke } from './invoke';

/** GET /campaigns/{code}/totals as the given reader, once every beacon stored so far is counted. */
export async function readTotals(code: string, reader: TestAccount): Promise<CampaignTotals> {
  await aggregated();
  const response = await invoke(getCampaignTotals, { pathParameters: { code }, headers: bearer(reader) });
  if (response.status !== 200) throw new Error(`totals answered ${response.status}: ${response.rawBody}`);
  return response.body as CampaignTotals;
}

/** Every row of a totals answer by bucket id (`all#all`, `unit#gd`, …), for comparing with the oracle. */
export function byBucket(totals: CampaignTotals): Map<string, Metrics> {
  const rows = new Map<string, Metrics>([['all#all', totals.totals]]);
  for (const [dimension, list] of Object.entries(totals.breakdowns)) {
    for (const row of list) rows.set(`${dimension}#${row.key}`, row.metrics);
  }
  return rows;
}

/** A map's entries sorted by key: order-free comparison in `toEqual`. */
export function sorted<V>(map: Map<string, V>): [string, V][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
