import { clearCampaignCounts, scanCampaignBeacons } from '../../repository/recountRepository';
import { aggregateBeacons, type StreamedBeacon } from './aggregateBeacons';

/**
 * Counts a campaign again from its stored beacons: clears its counters and people's
 * records, then applies every stored beacon through the aggregator's own plans, as if the
 * stream delivered them again in one go. The figures are the same as the stream's, because
 * they depend only on which beacons exist. For repairs (a stream gone past its 24 hours, a
 * bug fixed): run it while the campaign takes no beacons, or its new ones may count twice.
 */
export async function recountCampaign(
  campaignCode: string,
  now = new Date(),
): Promise<{ beacons: number; unreadable: number; cleared: number }> {
  const { beacons, unreadable } = await scanCampaignBeacons(campaignCode);
  const cleared = await clearCampaignCounts(campaignCode);
  // An order of its own (time, then id), numbered as a stream would be.
  const ordered = [...beacons].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const records: StreamedBeacon[] = ordered.map((beacon, i) => ({ sequence: String(i + 1), receivedAt: new Date(beacon.at), beacon }));
  const source = `recount|${campaignCode}|${now.getTime()}`;
  await aggregateBeacons({ shard: source, writer: source }, records);
  return { beacons: beacons.length, unreadable, cleared };
}
