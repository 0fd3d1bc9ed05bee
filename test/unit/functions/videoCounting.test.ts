import { BeaconSchema, videoCompletionRate } from '@rights-outreach/shared';
import { planDeltas, personClaims } from '../../../functions/src/domain/aggregation/planDeltas';
import { bucketName } from '../../../functions/src/domain/buckets';
import type { StoredBeacon } from '../../../functions/src/repository/beaconRepository';

const place = {
  campaignCode: 'c1',
  source: 'poster.county-a',
  channel: 'poster' as const,
  unitIds: ['hq', 'prov', 'county-a'],
  targetGroups: [],
};

function stored(id: string, kind: StoredBeacon['kind'], personHash = 'p1'): StoredBeacon {
  return {
    id,
    kind,
    materialId: 'm1',
    at: '2026-03-15T10:00:00+08:00',
    campaignCode: 'c1',
    personHash,
    expiresAt: 2_000_000_000,
    personExpiresAt: 2_000_100_000,
    place,
  };
}

function totals(beacons: StoredBeacon[]) {
  const owners = new Map(
    personClaims(beacons).flatMap((person) =>
      [...person.claims].map(([marker, owner]) => [`${person.personHash}|${marker}`, owner] as const),
    ),
  );
  const deltas = planDeltas(beacons, (_campaign, personHash, marker) => owners.get(`${personHash}|${marker}`));
  return new Map(deltas.map((delta) => [bucketName(delta.bucket), delta.counters]));
}

describe('counting video plays and completions', () => {
  it('counts each play and each completion in every bucket of the material, the units and the campaign', () => {
    const figures = totals([stored('b1', 'video_play'), stored('b2', 'video_complete'), stored('b3', 'video_play', 'p2')]);

    for (const bucket of ['all#all', 'unit#prov', 'unit#county-a', '@*|material#m1', '@county-a|material#m1', '@*|channel#poster']) {
      expect(figures.get(bucket)).toMatchObject({ videoPlays: 2, videoCompletions: 1, visitors: 2 });
    }
  });

  it('takes a video_complete beacon about a material, and nothing else', () => {
    const beacon = { kind: 'video_complete', id: '6f1c2b1e-8a51-4a5e-9b0e-2f1f3b0c9d11', at: '2026-03-15T10:00:00+08:00' };
    expect(BeaconSchema.safeParse({ ...beacon, target: { type: 'material', materialId: 'case-telecom-fraud' } }).success).toBe(true);
    expect(BeaconSchema.safeParse({ ...beacon, target: { type: 'landing' } }).success).toBe(false);
  });

  it('writes the completion rate as completions out of plays, one decimal, and none without plays', () => {
    expect(videoCompletionRate({ videoPlays: 3_105, videoCompletions: 2_304 })).toBe(74.2);
    expect(videoCompletionRate({ videoPlays: 4, videoCompletions: 4 })).toBe(100);
    expect(videoCompletionRate({ videoPlays: 0, videoCompletions: 0 })).toBeNull();
  });
});
