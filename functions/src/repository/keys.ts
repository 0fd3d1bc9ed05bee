import { sourceParts } from '@rights-outreach/shared';
import { type Bucket, breakdownPrefix, bucketName } from '../domain/buckets';

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
 * | unit record       | RECORD#<id>                          | META            | <KIND>#<campaign>    | <unitPath><date>#<id>       |
 * | unit record history | RECORD#<id>                        | HISTORY#<v:6>   |                      |                             |
 * | record mutation   | RECORDMUTATION#<mutationId>          | META            |                      |                             |
 * | beacon            | BEACON#<campaign>#<beaconId>         | BEACON          |                      |                             |
 * | person (distinct) | PERSON#<campaign>#<hmac(person)>     | PERSON          |                      |                             |
 * | counter shard     | TOTALS#<campaign>#<shard>            | <bucket>        |                      |                             |
 * | aggregator state  | AGG#<writer>                         | STATE           |                      |                             |
 * | aggregation plan  | AGGPLAN#<writer>#<planId>            | SLICE#<i:4> / DONE#<i:4> |             |                             |
 * | applied range     | AGGRANGE#<stream shard>              | <first seq:40>  |                      |                             |
 * | feedback          | FEEDBACK#<clientId>                  | META            | FEEDBACK#<campaign>  | <receivedAt>#<id>           |
 * | sign-up           | SIGNUP#<clientId>                    | META            | SIGNUPS#<eventId>    | <receivedAt>#<id>           |
 * | rate window       | RATE#<name>#<subject>#<window>       | RATE            |                      |                             |
 * | seed marker       | SEED#<name>                          | META            |                      |                             |
 *
 * A bucket (domain/buckets.ts) is one value of one dimension of a campaign's figures; its
 * counters live in a fixed number of shard partitions, one item per bucket in each, sorted by
 * the bucket's name, so reading them costs the same however many beacons were counted.
 */
export type Key = {
  pk: string;
  sk: string;
};

/**
 * Counter partitions per campaign; reads merge them. At 2,000 beacons/s with ~15 hot buckets
 * per beacon (the campaign's and its province's), each partition takes about 2,000 × 15 / 64
 * ≈ 470 writes/s, under DynamoDB's 1,000 per key. Never lower this: reads must cover every
 * shard ever written.
 */
export const counterShards = 64;

/** Units this deep and deeper (city, county, counter) take few writes: their buckets sit in one shard. */
const firstColdUnitDepth = 2;

/**
 * Whether a bucket's increments are spread over every shard. Hot buckets (the whole campaign,
 * its breakdowns, a province and a province's breakdowns) take writes from a whole region:
 * each aggregator adds to a shard of its own, and reads sum all shards. Cold buckets (an
 * event, a city or deeper unit and its breakdowns, one unit's QR source) live in the one
 * shard their name picks, so reading them is one item. A bucket whose depth is unknown is
 * treated as spread: reading every shard is always right, only dearer.
 */
export function isSpread(bucket: Bucket): boolean {
  if (bucket.dimension === 'all') return true;
  if (bucket.dimension === 'event') return false;
  if (bucket.dimension === 'source' && sourceParts(bucket.value).unitId) return false;
  if (bucket.dimension !== 'unit' && bucket.scope === undefined) return true;
  return (bucket.unitDepth ?? 0) < firstColdUnitDepth;
}

/** A counter item's sort key: the bucket's name, so one scope's breakdowns are one key range. */
export const counterSortKey = (bucket: Pick<Bucket, 'dimension' | 'value' | 'scope'>): string => bucketName(bucket);

/** The sort-key prefix of one scope's breakdowns (absent scope: the whole campaign's). */
export const breakdownSortKeyPrefix = (scope?: string): string => breakdownPrefix(scope);

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
  /** A platform figure or media post (unit records: repository/unitRecordRepository.ts). */
  unitRecord: (id: string): Key => ({ pk: `RECORD#${id}`, sk: 'META' }),
  /** A campaign's records of one kind, by unit path (a subtree is a prefix), then date. */
  unitRecordIndex: (kind: string, campaignCode: string, unitPath: string, date: string, id: string) => ({
    gsi1pk: `${kind.toUpperCase()}#${campaignCode}`,
    gsi1sk: `${unitPath}${date}#${id}`,
  }),
  unitRecordHistory: (id: string, version: number): Key => ({ pk: `RECORD#${id}`, sk: `HISTORY#${String(version).padStart(6, '0')}` }),
  unitRecordHistoryPrefix: 'HISTORY#',
  recordMutation: (mutationId: string): Key => ({ pk: `RECORDMUTATION#${mutationId}`, sk: 'META' }),
  beacon: (campaignCode: string, beaconId: string): Key => ({
    pk: `BEACON#${campaignCode}#${beaconId}`,
    sk: 'BEACON',
  }),
  /** A person's counting record in a campaign: which distinct counts each of their beacons owns. */
  person: (campaignCode: string, personHash: string): Key => ({ pk: `PERSON#${campaignCode}#${personHash}`, sk: 'PERSON' }),
  /** Where an aggregator (one stream shard, or a replay of part of one) has got to. */
  aggregatorState: (writer: string): Key => ({ pk: `AGG#${writer}`, sk: 'STATE' }),
  /** A plan too large for one transaction, kept until every slice is applied. */
  planPartition: (writer: string, planId: string): string => `AGGPLAN#${writer}#${planId}`,
  planSlice: (writer: string, planId: string, index: number): Key => ({
    pk: keys.planPartition(writer, planId),
    sk: `SLICE#${String(index).padStart(4, '0')}`,
  }),
  planSliceDone: (writer: string, planId: string, index: number): Key => ({
    pk: keys.planPartition(writer, planId),
    sk: `DONE#${String(index).padStart(4, '0')}`,
  }),
  /** The stream records [first, last] of one shard that a plan applied (for exact replays). */
  appliedRangePartition: (shard: string): string => `AGGRANGE#${shard}`,
  appliedRange: (shard: string, firstSequence: string): Key => ({
    pk: keys.appliedRangePartition(shard),
    sk: sequenceKey(firstSequence),
  }),
  counter: (campaignCode: string, shard: number, bucket: Pick<Bucket, 'dimension' | 'value' | 'scope'>): Key => ({
    pk: keys.counterPartition(campaignCode, shard),
    sk: counterSortKey(bucket),
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

/**
 * The shard an aggregator's increment of a bucket goes to. Hot buckets: a shard picked by
 * the writer (its stream shard) and the bucket, so aggregators running at once write
 * different items and never conflict; cold buckets always use the one their name picks.
 */
export function counterShardOf(bucket: Bucket, writer: string): number {
  const name = counterSortKey(bucket);
  return shardOf(isSpread(bucket) ? `${writer}|${name}` : name, counterShards);
}

/** Stream sequence numbers are decimal strings of up to 40 digits: padded, they sort as numbers. */
export function sequenceKey(sequence: string): string {
  return sequence.padStart(40, '0');
}

/** The inverse of sequenceKey. */
export function sequenceOfKey(key: string): string {
  return key.replace(/^0+(?=\d)/, '');
}

/** Picks a shard from an id so the same beacon always lands on the same shard. */
export function shardOf(id: string, count: number): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % count;
}
