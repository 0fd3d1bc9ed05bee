import { type Beacon, type Metrics, emptyMetrics, shanghaiDate, sourceParts } from '@rights-outreach/shared';

/**
 * The metric definitions of docs/metrics.md written a second time, as plain set arithmetic over
 * the beacons that exist, independently of the engine: tests compare the engine with it.
 */
export interface OracleBeacon {
  person: string;
  beacon: Beacon;
  eventId?: string;
  source?: string;
  /** The org unit chain, head office first (from the event, else the source). */
  unitIds: string[];
  targetGroups: string[];
}

/**
 * Bucket ids (`all#all`, `day#2026-03-15`, …) a beacon belongs to; and, for every unit of its
 * chain below head office (province, city, county…), that unit's own breakdowns (`<unit>/day#…`).
 */
export function oracleBuckets(b: OracleBeacon): string[] {
  const ids = ['all#all'];
  if (b.eventId) ids.push(`event#${b.eventId}`);
  for (const unit of b.unitIds) ids.push(`unit#${unit}`);
  const breakdowns: string[] = [];
  if (b.source) breakdowns.push(`source#${b.source}`, `channel#${sourceParts(b.source).channel}`);
  if (b.beacon.target.type === 'material') breakdowns.push(`material#${b.beacon.target.materialId}`);
  breakdowns.push(`day#${shanghaiDate(new Date(b.beacon.at))}`);
  for (const group of b.targetGroups) breakdowns.push(`targetGroup#${group}`);
  return [...ids, ...breakdowns, ...b.unitIds.slice(1).flatMap((unit) => breakdowns.map((id) => `${unit}/${id}`))];
}

/** The whole campaign's buckets: what a head-office reader sees. */
export function campaignView(expected: Map<string, Metrics>): Map<string, Metrics> {
  return new Map([...expected].filter(([id]) => !id.includes('/')));
}

/**
 * What a reader at a unit below head office (a province, city, county…) sees, in the same
 * form: its unit's figures as the totals, the units and events of its subtree, and its own
 * breakdowns.
 */
export function unitView(
  expected: Map<string, Metrics>,
  province: string,
  subtree: { unitIds: string[]; eventIds: string[] },
): Map<string, Metrics> {
  const view = new Map<string, Metrics>([['all#all', expected.get(`unit#${province}`) ?? emptyMetrics()]]);
  for (const [id, metrics] of expected) {
    if (id.startsWith(`${province}/`)) view.set(id.slice(province.length + 1), metrics);
  }
  for (const unit of subtree.unitIds) if (expected.has(`unit#${unit}`)) view.set(`unit#${unit}`, expected.get(`unit#${unit}`)!);
  for (const event of subtree.eventIds) if (expected.has(`event#${event}`)) view.set(`event#${event}`, expected.get(`event#${event}`)!);
  return view;
}

/** Expected metrics per bucket id, from the distinct beacons (by id) that were sent. */
export function expectedTotals(sent: OracleBeacon[]): Map<string, Metrics> {
  const unique = [...new Map(sent.map((b) => [b.beacon.id, b])).values()];
  const buckets = new Map<
    string,
    { metrics: Metrics; people: Set<string>; sharers: Set<string>; checkins: Set<string>; signups: Set<string> }
  >();
  for (const b of unique) {
    for (const id of oracleBuckets(b)) {
      const bucket = buckets.get(id) ?? {
        metrics: emptyMetrics(),
        people: new Set<string>(),
        sharers: new Set<string>(),
        checkins: new Set<string>(),
        signups: new Set<string>(),
      };
      buckets.set(id, bucket);
      const m = bucket.metrics;
      bucket.people.add(b.person);
      switch (b.beacon.kind) {
        case 'view':
          m.views++;
          break;
        case 'video_play':
          m.videoPlays++;
          break;
        case 'video_complete':
          m.videoCompletions++;
          break;
        case 'share_tap':
          m.shareTaps++;
          break;
        case 'share_open':
          m.shareOpens++;
          bucket.sharers.add(b.person);
          break;
        case 'quiz_complete':
          m.quizCompletions++;
          break;
        case 'feedback':
          m.feedbacks++;
          m.ratingSum += b.beacon.rating;
          break;
        case 'checkin':
          bucket.checkins.add(`${b.eventId}|${b.person}`);
          break;
        case 'signup':
          bucket.signups.add(`${b.eventId}|${b.person}`);
          break;
      }
    }
  }
  return new Map(
    [...buckets].map(([id, bucket]) => [
      id,
      {
        ...bucket.metrics,
        visitors: bucket.people.size,
        shareReach: bucket.sharers.size,
        checkins: bucket.checkins.size,
        signups: bucket.signups.size,
      },
    ]),
  );
}
