import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type StoredBeacon, MalformedBeaconItemError, parseBeaconItem } from './beaconRepository';
import { db, tableName } from './client';
import { counterShards, keys } from './keys';
import { queryAll, scanByKeyPrefix } from './tableOps';

/**
 * What a recount reads and clears: every stored beacon of a campaign (a full scan: an
 * operator's command, never a request), and the campaign's counters and people's records.
 */
export async function scanCampaignBeacons(campaignCode: string): Promise<{ beacons: StoredBeacon[]; unreadable: number }> {
  const beacons: StoredBeacon[] = [];
  let unreadable = 0;
  await scanByKeyPrefix(`BEACON#${campaignCode}#`, (item) => {
    try {
      beacons.push(parseBeaconItem(item));
    } catch (error) {
      // Stored by the first engine (no place or rating kept): it cannot be counted again.
      if (!(error instanceof MalformedBeaconItemError)) throw error;
      unreadable++;
    }
  });
  return { beacons, unreadable };
}

/** Deletes a campaign's counter items (every shard) and its people's counting records. */
export async function clearCampaignCounts(campaignCode: string): Promise<number> {
  const doomed: { pk: string; sk: string }[] = [];
  for (let shard = 0; shard < counterShards; shard++) {
    const items = await queryAll({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.counterPartition(campaignCode, shard) },
    });
    doomed.push(...items.map((item) => ({ pk: String(item.pk), sk: String(item.sk) })));
  }
  await scanByKeyPrefix(`PERSON#${campaignCode}#`, (item) => doomed.push({ pk: String(item.pk), sk: String(item.sk) }));
  const table = tableName();
  for (let start = 0; start < doomed.length; start += 25) {
    let requests = doomed.slice(start, start + 25).map((key) => ({ DeleteRequest: { Key: key } }));
    while (requests.length > 0) {
      const result = await db().send(new BatchWriteCommand({ RequestItems: { [table]: requests } }));
      requests = (result.UnprocessedItems?.[table] ?? []) as typeof requests;
    }
  }
  return doomed.length;
}
