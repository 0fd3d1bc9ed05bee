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
 * A bucket is one value of one dimension of a campaign's figures (`all#all`, `unit#gd`,
 * `@*|day#2026-03-15`, and a province's own `@gd|day#2026-03-15`, …); a campaign's counters live in a fixed number of shard partitions, one item per
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
   * A province's own copy of a dimension (its channels, days…), named by the unit directly
   * under head office; absent for the whole campaign's.
   */
  scope?: string;
  /**
   * Hot buckets (the whole campaign, a day, a channel, a material, a province…) take writes
   * from the whole country: each beacon adds to the shard its id picks, spreading them over
   * all shards. Cold buckets (one event, one county's source) live in the one shard their
   * name picks, so reading them is one item.
   */
  spread: boolean;
}

/**
 * Counter partitions per campaign; reads merge them. At 2,000 beacons/s with ~15 hot buckets
 * per beacon (the campaign's and its province's), each partition takes about 2,000 × 15 / 64
 * ≈ 470 writes/s, under DynamoDB's 1,000 per key. Never lower this: reads must cover every
 * shard ever written.
 */
export const counterShards = 64;

/** Dimensions a campaign keeps for itself and for each province (Bucket.scope). */
const detailDimensions: ReadonlySet<BucketDimension> = new Set(['source', 'channel', 'material', 'day', 'targetGroup']);
const campaignWide = '*';

/**
 * A bucket's id, the counter item's sort key: `all#all`, `event#<id>`, `unit#<id>`, and for
 * the breakdowns `@<scope>|<dimension>#<value>` — `@*|day#2026-03-15` for the whole campaign,
 * `@gd|day#2026-03-15` for one province — so each scope's breakdowns are one key range.
 */
export function bucketId(bucket: Pick<Bucket, 'dimension' | 'value' | 'scope'>): string {
  if (!detailDimensions.has(bucket.dimension)) return `${bucket.dimension}#${bucket.value}`;
  return `${detailPrefix(bucket.scope)}${bucket.dimension}#${bucket.value}`;
}

/** The sort-key prefix of one scope's breakdowns (absent scope: the whole campaign's). */
export function detailPrefix(scope?: string): string {
  return `@${scope ?? campaignWide}|`;
}

/** The inverse of bucketId. */
export function parseBucketId(id: string): Pick<Bucket, 'dimension' | 'value' | 'scope'> {
  let rest = id;
  let scope: string | undefined;
  if (id.startsWith('@')) {
    const bar = id.indexOf('|');
    const named = id.slice(1, bar);
    if (named !== campaignWide) scope = named;
    rest = id.slice(bar + 1);
  }
  const hash = rest.indexOf('#');
  return { dimension: rest.slice(0, hash) as BucketDimension, value: rest.slice(hash + 1), ...(scope ? { scope } : {}) };
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
  counter: (campaignCode: string, shard: number, bucket: Pick<Bucket, 'dimension' | 'value' | 'scope'>): Key => ({
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
