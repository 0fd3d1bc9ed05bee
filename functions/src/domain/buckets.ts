import type { Dimension, MetricName } from '@rights-outreach/shared';

/** Counter values of one bucket, as counted (a metric never counted is absent). */
export type Counters = Partial<Record<MetricName, number>>;

export type BucketDimension = 'all' | Dimension;

/**
 * One value of one dimension of a campaign's figures: the whole campaign, a unit, an event,
 * or one row of a breakdown (a day, a channel, a material…), the campaign's or a unit's own.
 * Where and how a bucket is stored is the repository's business.
 */
export interface Bucket {
  dimension: BucketDimension;
  value: string;
  /** A unit's own copy of a breakdown (its channels, days…): that unit's id; absent for the whole campaign's. */
  scope?: string;
  /**
   * The depth below head office (province 1, city 2…) of the unit the bucket is about: a
   * unit's bucket, or a unit's own breakdown. How widely a bucket is written follows from it.
   */
  unitDepth?: number;
}

/** Dimensions a campaign keeps for itself and for each unit below head office (Bucket.scope). */
const breakdownDimensions: ReadonlySet<BucketDimension> = new Set(['source', 'channel', 'material', 'day', 'targetGroup']);
const campaignWide = '*';

/**
 * A bucket's name, unique within a campaign: `all#all`, `event#<id>`, `unit#<id>`, and for
 * breakdowns `@<scope>|<dimension>#<value>` — `@*|day#2026-03-15` for the whole campaign,
 * `@gd|day#2026-03-15` for one province — so each scope's breakdowns share a prefix.
 * Distinct-count claims are named after it, so it never changes.
 */
export function bucketName(bucket: Pick<Bucket, 'dimension' | 'value' | 'scope'>): string {
  if (!breakdownDimensions.has(bucket.dimension)) return `${bucket.dimension}#${bucket.value}`;
  return `${breakdownPrefix(bucket.scope)}${bucket.dimension}#${bucket.value}`;
}

/** What the names of one scope's breakdowns start with (absent scope: the whole campaign's). */
export function breakdownPrefix(scope?: string): string {
  return `@${scope ?? campaignWide}|`;
}

/** The inverse of bucketName. */
export function parseBucketName(name: string): Bucket {
  let rest = name;
  let scope: string | undefined;
  if (name.startsWith('@')) {
    const bar = name.indexOf('|');
    const named = name.slice(1, bar);
    if (named !== campaignWide) scope = named;
    rest = name.slice(bar + 1);
  }
  const hash = rest.indexOf('#');
  return { dimension: rest.slice(0, hash) as BucketDimension, value: rest.slice(hash + 1), ...(scope ? { scope } : {}) };
}

/** Buckets' counters as read: by bucket, never counted meaning absent. */
export interface BucketFigures {
  of(bucket: Pick<Bucket, 'dimension' | 'value' | 'scope'>): Counters | undefined;
  /** Every bucket read that counted something, with its counters. */
  entries(): Array<[Bucket, Counters]>;
}

/** Figures from counters by bucket name (what a repository builds as it sums items). */
export function bucketFigures(byName: ReadonlyMap<string, Counters>): BucketFigures {
  return {
    of: (bucket) => byName.get(bucketName(bucket)),
    entries: () => [...byName].map(([name, counters]) => [parseBucketName(name), counters]),
  };
}

/** The whole campaign's bucket. */
export const campaignBucket: Bucket = { dimension: 'all', value: 'all' };

/** A unit's bucket (its whole subtree), at its depth below head office (0). */
export function unitBucket(unitId: string, depth: number): Bucket {
  return { dimension: 'unit', value: unitId, unitDepth: depth };
}

/** An event's bucket. */
export function eventBucket(eventId: string): Bucket {
  return { dimension: 'event', value: eventId };
}
