import {
  type Beacon,
  type BeaconKind,
  type Channel,
  type Metrics,
  type MetricName,
  type TargetGroup,
  emptyMetrics,
  metricNames,
  shanghaiDate,
} from '@rights-outreach/shared';
import { type Bucket, type Counters, bucketName, campaignBucket, eventBucket, unitBucket } from './buckets';

export { type Bucket, type Counters, campaignBucket, eventBucket, unitBucket } from './buckets';

/** Where a batch's beacons count, resolved once per batch. */
export interface BeaconPlace {
  campaignCode: string;
  eventId?: string;
  source?: string;
  channel?: Channel;
  /** The org unit chain, head office first: from the event, else from the source. */
  unitIds: string[];
  /** The event's target groups (重点人群). */
  targetGroups: TargetGroup[];
}

export interface CounterIncrement {
  bucket: Bucket;
  counters: Counters;
}

/**
 * "The first time this person does this in this bucket": a claim in the person's counting
 * record that exactly one beacon owns (aggregation/planDeltas.ts); its increments apply with
 * that beacon only. This is how distinct people are counted exactly.
 */
export interface Marker {
  kind: 'person' | 'shareReach' | 'checkin' | 'signup';
  bucket: Bucket;
  /** Narrows "this person" to "this person at this event" (check-ins, sign-ups). */
  qualifier?: string;
  onFirst: CounterIncrement[];
}

export interface CountingPlan {
  /** Applied once for every beacon counted. */
  increments: CounterIncrement[];
  /** Applied only for the markers the beacon owns. */
  markers: Marker[];
}

/** A beacon as the counting rules see it: what happened, when, and where it counts. */
export interface TallyBeacon {
  id: string;
  kind: BeaconKind;
  /** The material it is about, for material pages and videos. */
  materialId?: string;
  /** When it happened on the phone (ISO 8601). */
  at: string;
  /** A feedback beacon's 1–5 rating. */
  rating?: number;
  place: BeaconPlace;
}

/** A request's beacon with the place its batch resolved to. */
export function tallyBeacon(beacon: Beacon, place: BeaconPlace): TallyBeacon {
  return {
    id: beacon.id,
    kind: beacon.kind,
    ...(beacon.target.type === 'material' ? { materialId: beacon.target.materialId } : {}),
    at: beacon.at,
    ...(beacon.kind === 'feedback' ? { rating: beacon.rating } : {}),
    place,
  };
}

/**
 * Every bucket a beacon counts in: the campaign, and one value of each dimension it has;
 * then, for every unit of its chain below head office (province, city, county, counter),
 * that unit's own copy of the source, channel, material, day and target groups, so each unit
 * reads its breakdowns as exactly as the whole campaign.
 */
export function bucketsOf(beacon: TallyBeacon): Bucket[] {
  const { place } = beacon;
  const buckets: Bucket[] = [campaignBucket];
  if (place.eventId) buckets.push(eventBucket(place.eventId));
  place.unitIds.forEach((id, depth) => buckets.push(unitBucket(id, depth)));
  const scopes: { scope?: string; unitDepth?: number }[] = [{}, ...place.unitIds.slice(1).map((scope, i) => ({ scope, unitDepth: i + 1 }))];
  const day = shanghaiDate(new Date(beacon.at));
  for (const { scope, unitDepth } of scopes) {
    const scoped = (dimension: Bucket['dimension'], value: string): Bucket =>
      scope ? { dimension, value, scope, unitDepth } : { dimension, value };
    if (place.source) buckets.push(scoped('source', place.source));
    if (place.channel) buckets.push(scoped('channel', place.channel));
    if (beacon.materialId) buckets.push(scoped('material', beacon.materialId));
    buckets.push(scoped('day', day));
    for (const group of place.targetGroups) buckets.push(scoped('targetGroup', group));
  }
  return buckets;
}

/** The counters every new beacon of a kind adds (人次). Distinct counts come from markers. */
function countersOf(beacon: TallyBeacon): Counters {
  switch (beacon.kind) {
    case 'view':
      return { views: 1 };
    case 'video_play':
      return { videoPlays: 1 };
    case 'video_complete':
      return { videoCompletions: 1 };
    case 'share_tap':
      return { shareTaps: 1 };
    case 'share_open':
      return { shareOpens: 1 };
    case 'quiz_complete':
      return { quizCompletions: 1 };
    case 'feedback':
      return { feedbacks: 1, ratingSum: beacon.rating ?? 0 };
    case 'checkin':
    case 'signup':
      return {};
  }
}

/**
 * How one beacon moves the figures (definitions: docs/metrics.md, online figures):
 * - its 人次 counter in every bucket it belongs to;
 * - visitors (人): a person's first beacon in a bucket — so a province counts each person once
 *   however many of its counties they met, and the campaign once however many days;
 * - shareReach (人): a person's first open from a shared card in a bucket;
 * - checkins / signups: distinct (event, person) pairs with a check-in / sign-up in a bucket.
 * Each distinct count is a set size, so the figures never depend on the order beacons arrive.
 */
export function countingPlan(beacon: TallyBeacon): CountingPlan {
  const { place } = beacon;
  const buckets = bucketsOf(beacon);
  const perBucket = (kind: Marker['kind'], metric: MetricName, qualifier?: string): Marker[] =>
    buckets.map((bucket) => ({
      kind,
      bucket,
      ...(qualifier ? { qualifier } : {}),
      onFirst: [{ bucket, counters: { [metric]: 1 } }],
    }));

  const counters = countersOf(beacon);
  const markers = perBucket('person', 'visitors');
  if (beacon.kind === 'share_open') markers.push(...perBucket('shareReach', 'shareReach'));
  if ((beacon.kind === 'checkin' || beacon.kind === 'signup') && place.eventId) {
    markers.push(...perBucket(beacon.kind, beacon.kind === 'checkin' ? 'checkins' : 'signups', place.eventId));
  }
  const increments = Object.keys(counters).length > 0 ? buckets.map((bucket) => ({ bucket, counters })) : [];
  return { increments, markers };
}

export function markerId(marker: Pick<Marker, 'kind' | 'bucket' | 'qualifier'>): string {
  return `${marker.kind}:${bucketName(marker.bucket)}${marker.qualifier ? `:${marker.qualifier}` : ''}`;
}

/** Counter values as stored (missing means zero) → a full set of metrics. */
export function toMetrics(counters: Record<string, unknown> | undefined): Metrics {
  const metrics = emptyMetrics();
  for (const name of metricNames) {
    const value = counters?.[name];
    if (typeof value === 'number') metrics[name] = value;
  }
  return metrics;
}
