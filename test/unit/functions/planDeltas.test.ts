import { personClaims, planDeltas } from '../../../functions/src/domain/aggregation/planDeltas';
import { compareSequences } from '../../../functions/src/domain/aggregation/aggregateBeacons';
import type { StoredBeacon } from '../../../functions/src/repository/beaconRepository';
import { bucketName } from '../../../functions/src/domain/buckets';

const place = {
  campaignCode: 'c1',
  source: 'poster.county-a',
  channel: 'poster' as const,
  unitIds: ['hq', 'prov', 'city', 'county-a'],
  targetGroups: [],
};

function stored(id: string, overrides: Partial<StoredBeacon> = {}): StoredBeacon {
  return {
    id,
    kind: 'view',
    at: '2026-03-15T10:00:00+08:00',
    campaignCode: 'c1',
    personHash: 'p1',
    expiresAt: 2_000_000_000,
    personExpiresAt: 2_000_100_000,
    place,
    ...overrides,
  };
}

const totalsOf = (deltas: ReturnType<typeof planDeltas>) => new Map(deltas.map((delta) => [bucketName(delta.bucket), delta.counters]));

describe('planning a batch of beacons', () => {
  it("claims each of a person's markers for the first of their beacons that has it", () => {
    const [person] = personClaims([stored('b1'), stored('b2', { materialId: 'm1' })]);

    expect(person!.claims.get('person:all#all')).toBe('b1');
    expect(person!.claims.get('person:@*|material#m1')).toBe('b2');
    expect(person!.claims.get('person:@county-a|material#m1')).toBe('b2');
    expect(person!.expiresAt).toBe(2_000_100_000);
  });

  it('adds a person once to every bucket they own, and every view to its buckets', () => {
    const beacons = [stored('b1'), stored('b2')];
    const owners = new Map(personClaims(beacons)[0]!.claims);

    const totals = totalsOf(planDeltas(beacons, (_c, _p, marker) => owners.get(marker)));

    expect(totals.get('all#all')).toEqual({ views: 2, visitors: 1 });
    expect(totals.get('unit#city')).toEqual({ views: 2, visitors: 1 });
    expect(totals.get('@city|channel#poster')).toEqual({ views: 2, visitors: 1 });
    expect(totals.get('@county-a|day#2026-03-15')).toEqual({ views: 2, visitors: 1 });
  });

  it('adds no person where another beacon, earlier or in another plan, owns the marker', () => {
    const totals = totalsOf(planDeltas([stored('b2')], () => 'b1'));

    expect(totals.get('all#all')).toEqual({ views: 1 });
  });

  it("keeps every unit's own breakdowns, below provinces too", () => {
    const ids = [...totalsOf(planDeltas([stored('b1', { materialId: 'm1' })], () => 'b1')).keys()];

    for (const scope of ['*', 'prov', 'city', 'county-a']) {
      expect(ids).toEqual(
        expect.arrayContaining([
          `@${scope}|source#poster.county-a`,
          `@${scope}|channel#poster`,
          `@${scope}|material#m1`,
          `@${scope}|day#2026-03-15`,
        ]),
      );
    }
  });

  it('orders stream sequence numbers as numbers, whatever their length', () => {
    expect(compareSequences('999', '1000')).toBeLessThan(0);
    expect(compareSequences('000000000000000001000', '1000')).toBe(0);
    expect(
      compareSequences(
        '49590338271490256608559692538361571095921575989136588898',
        '4959033827149025660855969253836157109592157598913658889',
      ),
    ).toBeGreaterThan(0);
  });
});
