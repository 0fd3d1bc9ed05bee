import type { StoredBeacon } from '../../repository/beaconRepository';
import { type Bucket, bucketName } from '../buckets';
import { type Counters, countingPlan, markerId } from '../tally';

/**
 * The distinct counts a person's beacons may open in a plan: for each marker ("first time
 * this person does this in this bucket"), the first of their beacons, in stream order, that
 * has it. Claims are written into the person's record only where nobody owns the marker yet,
 * so exactly one beacon ever owns each marker, whatever order or batches beacons come in.
 */
export interface PersonClaims {
  campaignCode: string;
  personHash: string;
  /** Marker id → the id of the beacon claiming it. */
  claims: Map<string, string>;
  /** Until when the person's record must live: the latest of their beacons' personExpiresAt. */
  expiresAt: number;
}

/** Who owns a marker of a person in a campaign: a beacon id, or undefined when unclaimed. */
export type MarkerOwners = (campaignCode: string, personHash: string, markerId: string) => string | undefined;

/** What a plan adds to one bucket of one campaign. */
export interface BucketDelta {
  campaignCode: string;
  bucket: Bucket;
  counters: Counters;
}

/** Each person's claims for these beacons (given in stream order). */
export function personClaims(beacons: readonly StoredBeacon[]): PersonClaims[] {
  const people = new Map<string, PersonClaims>();
  for (const beacon of beacons) {
    const id = `${beacon.campaignCode}|${beacon.personHash}`;
    const person = people.get(id) ?? {
      campaignCode: beacon.campaignCode,
      personHash: beacon.personHash,
      claims: new Map<string, string>(),
      expiresAt: 0,
    };
    people.set(id, person);
    person.expiresAt = Math.max(person.expiresAt, beacon.personExpiresAt);
    for (const marker of countingPlan(beacon).markers) {
      const marked = markerId(marker);
      if (!person.claims.has(marked)) person.claims.set(marked, beacon.id);
    }
  }
  return [...people.values()];
}

/**
 * What these beacons add, merged per campaign and bucket: every beacon's 人次 counters, and
 * for each marker a beacon owns, its distinct count. Each beacon is in exactly one plan, and
 * each marker has exactly one owner, so adding the plans up gives every figure exactly once.
 */
export function planDeltas(beacons: readonly StoredBeacon[], owners: MarkerOwners): BucketDelta[] {
  const merged = new Map<string, BucketDelta>();
  const add = (campaignCode: string, bucket: Bucket, counters: Counters) => {
    const id = `${campaignCode}|${bucketName(bucket)}`;
    const delta = merged.get(id) ?? { campaignCode, bucket, counters: {} };
    merged.set(id, delta);
    for (const [name, amount] of Object.entries(counters) as [keyof Counters, number][]) {
      delta.counters[name] = (delta.counters[name] ?? 0) + amount;
    }
  };
  for (const beacon of beacons) {
    const plan = countingPlan(beacon);
    for (const increment of plan.increments) add(beacon.campaignCode, increment.bucket, increment.counters);
    for (const marker of plan.markers) {
      if (owners(beacon.campaignCode, beacon.personHash, markerId(marker)) !== beacon.id) continue;
      for (const increment of marker.onFirst) add(beacon.campaignCode, increment.bucket, increment.counters);
    }
  }
  return [...merged.values()].filter((delta) => Object.keys(delta.counters).length > 0);
}
