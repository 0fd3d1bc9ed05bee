import type { Dimension } from '@rights-outreach/shared';

/**
 * Every DynamoDB key shape of the single table, one builder per access pattern.
 * Nothing else in the code writes "pk"/"sk" strings.
 *
 * | item              | pk                                   | sk              | gsi1pk               | gsi1sk                      |
 * |-------------------|--------------------------------------|-----------------|----------------------|-----------------------------|
 * | campaign          | CAMPAIGN#<code>                      | META            | CAMPAIGNS            | <startDate>#<code>          |
 * | material          | MATERIAL#<id>                        | META            | MATERIALS            | <kind>#<id>                 |
 * | material version  | MATERIAL#<id>                        | VERSION#<v:6>   |                      |                             |
 * | org unit          | ORG#<id>                             | META            | ORGS                 | <path> (/hq/gd/…/)          |
 * | account           | ACCOUNT#<employeeNo>                 | META            | ACCOUNTS             | <employeeNo>                |
 * | WeChat binding    | WECHAT#<hmac(openid)>                | META            |                      |                             |
 * | event             | EVENT#<id>                           | META            | EVENTS#<campaign>    | <unitPath><startAt>#<id>    |
 * | event history     | EVENT#<id>                           | HISTORY#<v:6>   |                      |                             |
 * | mutation (dedup)  | MUTATION#<mutationId>                | META            |                      |                             |
 * | beacon (dedup)    | BEACON#<campaign>#<beaconId>         | BEACON          |                      |                             |
 * | marker (distinct) | MARKER#<kind>#<campaign>#<bucket>#<hmac(person)>[#<event>] | MARKER |          |                 |
 * | counter shard     | TOTALS#<campaign>#<shard>            | <bucket>        |                      |                             |
 * | feedback          | FEEDBACK#<clientId>                  | META            | FEEDBACK#<campaign>  | <receivedAt>#<id>           |
 * | sign-up           | SIGNUP#<clientId>                    | META            | SIGNUPS#<eventId>    | <receivedAt>#<id>           |
 * | rate window       | RATE#<name>#<subject>#<window>       | RATE            |                      |                             |
 * | seed marker       | SEED#<name>                          | META            |                      |                             |
 *
 * A bucket is one value of one dimension of a campaign's figures (`all#all`, `day#2026-03-15`,
 * `unit#gd`, …); a campaign's counters live in a fixed number of shard partitions, one item per
 * bucket in each, so reading them all costs the same however many beacons were counted.
 */
export type Key = {
  pk: string;
  sk: string;
};

export type BucketDimension = 'all' | Dimension;

export interface Bucket {
  dimension: BucketDimension;
  value: string;
  /**
   * Hot buckets (the whole campaign, a day, a channel, a material, a province…) take writes
   * from the whole country: each beacon adds to the shard its id picks, spreading them over
   * all shards. Cold buckets (one event, one county's source) live in the one shard their
   * name picks, so reading them is one item.
   */
  spread: boolean;
}

/**
 * Counter partitions per campaign; reads merge them. At 2,000 beacons/s with at most ~10 hot
 * buckets per beacon, each partition takes about 2,000 × 10 / 64 ≈ 310 writes/s, well under
 * DynamoDB's 1,000 per key. Never lower this: reads must cover every shard ever written.
 */
export const counterShards = 64;

export function bucketId(bucket: Pick<Bucket, 'dimension' | 'value'>): string {
  return `${bucket.dimension}#${bucket.value}`;
}

export const keys = {
  campaign: (code: string): Key => ({ pk: `CAMPAIGN#${code}`, sk: 'META' }),
  campaignIndex: (code: string, startDate: string) => ({ gsi1pk: 'CAMPAIGNS', gsi1sk: `${startDate}#${code}` }),
  campaignList: () => ({ gsi1pk: 'CAMPAIGNS' }),
  material: (id: string): Key => ({ pk: `MATERIAL#${id}`, sk: 'META' }),
  materialIndex: (id: string, kind: string) => ({ gsi1pk: 'MATERIALS', gsi1sk: `${kind}#${id}` }),
  materialVersion: (id: string, version: number): Key => ({ pk: `MATERIAL#${id}`, sk: `VERSION#${String(version).padStart(6, '0')}` }),
  materialVersionPrefix: 'VERSION#',
  orgUnit: (id: string): Key => ({ pk: `ORG#${id}`, sk: 'META' }),
  orgUnitIndex: (path: string) => ({ gsi1pk: 'ORGS', gsi1sk: path }),
  account: (employeeNo: string): Key => ({ pk: `ACCOUNT#${employeeNo}`, sk: 'META' }),
  accountIndex: (employeeNo: string) => ({ gsi1pk: 'ACCOUNTS', gsi1sk: employeeNo }),
  wechatBinding: (openidHash: string): Key => ({ pk: `WECHAT#${openidHash}`, sk: 'META' }),
  event: (id: string): Key => ({ pk: `EVENT#${id}`, sk: 'META' }),
  eventIndex: (campaignCode: string, unitPath: string, startAt: string, id: string) => ({
    gsi1pk: `EVENTS#${campaignCode}`,
    gsi1sk: `${unitPath}${startAt}#${id}`,
  }),
  eventHistory: (id: string, version: number): Key => ({
    pk: `EVENT#${id}`,
    sk: `HISTORY#${String(version).padStart(6, '0')}`,
  }),
  eventHistoryPrefix: 'HISTORY#',
  mutation: (mutationId: string): Key => ({ pk: `MUTATION#${mutationId}`, sk: 'META' }),
  beacon: (campaignCode: string, beaconId: string): Key => ({
    pk: `BEACON#${campaignCode}#${beaconId}`,
    sk: 'BEACON',
  }),
  marker: (kind: string, campaignCode: string, bucket: Bucket, personHash: string, qualifier?: string): Key => ({
    pk: `MARKER#${kind}#${campaignCode}#${bucketId(bucket)}#${personHash}${qualifier ? `#${qualifier}` : ''}`,
    sk: 'MARKER',
  }),
  counter: (campaignCode: string, shard: number, bucket: Pick<Bucket, 'dimension' | 'value'>): Key => ({
    pk: keys.counterPartition(campaignCode, shard),
    sk: bucketId(bucket),
  }),
  counterPartition: (campaignCode: string, shard: number): string => `TOTALS#${campaignCode}#${shard}`,
  feedback: (id: string): Key => ({ pk: `FEEDBACK#${id}`, sk: 'META' }),
  feedbackIndex: (campaignCode: string, receivedAt: string, id: string) => ({
    gsi1pk: `FEEDBACK#${campaignCode}`,
    gsi1sk: `${receivedAt}#${id}`,
  }),
  signup: (id: string): Key => ({ pk: `SIGNUP#${id}`, sk: 'META' }),
  signupIndex: (eventId: string, receivedAt: string, id: string) => ({
    gsi1pk: `SIGNUPS#${eventId}`,
    gsi1sk: `${receivedAt}#${id}`,
  }),
  rateWindow: (name: string, subject: string, windowStart: number): Key => ({
    pk: `RATE#${name}#${subject}#${windowStart}`,
    sk: 'RATE',
  }),
  seed: (name: string): Key => ({ pk: `SEED#${name}`, sk: 'META' }),
};

/** The shard a beacon's increment of a bucket goes to; cold buckets always use the same one. */
export function counterShardOf(bucket: Bucket, beaconId: string): number {
  return shardOf(bucket.spread ? beaconId : bucketId(bucket), counterShards);
}

/** Picks a shard from an id so the same beacon always lands on the same shard. */
export function shardOf(id: string, count: number): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % count;
}
