/**
 * Every DynamoDB key shape of the single table, one builder per access pattern.
 * Nothing else in the code writes "pk"/"sk" strings.
 *
 * | item            | pk                                  | sk       | gsi1pk     | gsi1sk                  |
 * |-----------------|-------------------------------------|----------|------------|-------------------------|
 * | campaign        | CAMPAIGN#<code>                     | META     | CAMPAIGNS  | <startDate>#<code>      |
 * | material        | MATERIAL#<id>                       | META     | MATERIALS  | <kind>#<id>             |
 * | beacon (dedup)  | BEACON#<campaign>#<beaconId>        | BEACON   |            |                         |
 * | visitor marker  | VISITOR#<campaign>#<visitorHash>    | VISITOR  |            |                         |
 * | totals shard    | TOTALS#<campaign>#<shard>           | TOTALS   |            |                         |
 * | org unit        | ORG#<id>                            | META     | ORGS       | <parentId>#<id>         |
 * | seed marker     | SEED#<name>                         | META     |            |                         |
 */
export type Key = {
  pk: string;
  sk: string;
};

/** Hot counters are split over this many partition keys; reads merge them. Never lower it. */
export const totalsShardCount = 16;

export const keys = {
  campaign: (code: string): Key => ({ pk: `CAMPAIGN#${code}`, sk: 'META' }),
  campaignIndex: (code: string, startDate: string) => ({ gsi1pk: 'CAMPAIGNS', gsi1sk: `${startDate}#${code}` }),
  material: (id: string): Key => ({ pk: `MATERIAL#${id}`, sk: 'META' }),
  materialIndex: (id: string, kind: string) => ({ gsi1pk: 'MATERIALS', gsi1sk: `${kind}#${id}` }),
  beacon: (campaignCode: string, beaconId: string): Key => ({
    pk: `BEACON#${campaignCode}#${beaconId}`,
    sk: 'BEACON',
  }),
  visitor: (campaignCode: string, visitorHash: string): Key => ({
    pk: `VISITOR#${campaignCode}#${visitorHash}`,
    sk: 'VISITOR',
  }),
  orgUnit: (id: string): Key => ({ pk: `ORG#${id}`, sk: 'META' }),
  orgUnitIndex: (id: string, parentId: string | undefined) => ({ gsi1pk: 'ORGS', gsi1sk: `${parentId ?? '-'}#${id}` }),
  seed: (name: string): Key => ({ pk: `SEED#${name}`, sk: 'META' }),
  totalsShard: (campaignCode: string, shard: number): Key => ({
    pk: `TOTALS#${campaignCode}#${shard}`,
    sk: 'TOTALS',
  }),
};

/** Picks a shard from an id so the same beacon always lands on the same shard. */
export function shardOf(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % totalsShardCount;
}
