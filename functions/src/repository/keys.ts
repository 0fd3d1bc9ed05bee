/**
 * Every DynamoDB key shape of the single table, one builder per access pattern.
 * Nothing else in the code writes "pk"/"sk" strings.
 *
 * | item              | pk                                   | sk              | gsi1pk               | gsi1sk                      |
 * |-------------------|--------------------------------------|-----------------|----------------------|-----------------------------|
 * | campaign          | CAMPAIGN#<code>                      | META            | CAMPAIGNS            | <startDate>#<code>          |
 * | material          | MATERIAL#<id>                        | META            | MATERIALS            | <kind>#<id>                 |
 * | org unit          | ORG#<id>                             | META            | ORGS                 | <path> (/hq/gd/…/)          |
 * | account           | ACCOUNT#<employeeNo>                 | META            | ACCOUNTS             | <employeeNo>                |
 * | WeChat binding    | WECHAT#<hmac(openid)>                | META            |                      |                             |
 * | event             | EVENT#<id>                           | META            | EVENTS#<campaign>    | <unitPath><startAt>#<id>    |
 * | event history     | EVENT#<id>                           | HISTORY#<v:6>   |                      |                             |
 * | mutation (dedup)  | MUTATION#<mutationId>                | META            |                      |                             |
 * | beacon (dedup)    | BEACON#<campaign>#<beaconId>         | BEACON          |                      |                             |
 * | marker (distinct) | MARKER#<kind>#<scope>#<hmac(person)> | MARKER          |                      |                             |
 * | counter shard     | TOTALS#<scope>#<shard>               | TOTALS          |                      |                             |
 * | rate window       | RATE#<name>#<subject>#<window>       | RATE            |                      |                             |
 * | seed marker       | SEED#<name>                          | META            |                      |                             |
 *
 * A scope is what a counter or marker belongs to: `CAMPAIGN#<code>` or `EVENT#<id>`.
 */
export type Key = {
  pk: string;
  sk: string;
};

export type CounterScope = { kind: 'campaign'; code: string } | { kind: 'event'; id: string };

/**
 * Hot counters are split over this many partition keys; reads merge them. A national 3·15
 * campaign at 2,000 beacons/s puts ~125 writes/s on each, far under DynamoDB's 1,000/s per
 * key. Events are never that hot. Never lower these: reads must cover every shard ever used.
 */
export const shardCounts = { campaign: 16, event: 1 } as const;

function scopeId(scope: CounterScope): string {
  return scope.kind === 'campaign' ? `CAMPAIGN#${scope.code}` : `EVENT#${scope.id}`;
}

export const keys = {
  campaign: (code: string): Key => ({ pk: `CAMPAIGN#${code}`, sk: 'META' }),
  campaignIndex: (code: string, startDate: string) => ({ gsi1pk: 'CAMPAIGNS', gsi1sk: `${startDate}#${code}` }),
  campaignList: () => ({ gsi1pk: 'CAMPAIGNS' }),
  material: (id: string): Key => ({ pk: `MATERIAL#${id}`, sk: 'META' }),
  materialIndex: (id: string, kind: string) => ({ gsi1pk: 'MATERIALS', gsi1sk: `${kind}#${id}` }),
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
  marker: (kind: string, scope: CounterScope, personHash: string): Key => ({
    pk: `MARKER#${kind}#${scopeId(scope)}#${personHash}`,
    sk: 'MARKER',
  }),
  counterShard: (scope: CounterScope, shard: number): Key => ({
    pk: `TOTALS#${scopeId(scope)}#${shard}`,
    sk: 'TOTALS',
  }),
  rateWindow: (name: string, subject: string, windowStart: number): Key => ({
    pk: `RATE#${name}#${subject}#${windowStart}`,
    sk: 'RATE',
  }),
  seed: (name: string): Key => ({ pk: `SEED#${name}`, sk: 'META' }),
};

export function shardCountOf(scope: CounterScope): number {
  return shardCounts[scope.kind];
}

/** Picks a shard from an id so the same beacon always lands on the same shard. */
export function shardOf(id: string, count: number): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % count;
}
