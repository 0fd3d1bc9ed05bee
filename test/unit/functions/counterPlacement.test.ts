import { bucketName, parseBucketName } from '../../../functions/src/domain/buckets';
import { bucketsOf, tallyBeacon } from '../../../functions/src/domain/tally';
import { counterShardOf, counterShards, isSpread } from '../../../functions/src/repository/keys';
import { aBeacon } from '../../support/fixtures';

const place = {
  campaignCode: 'c1',
  eventId: 'ev1',
  source: 'counter.shiqiao',
  channel: 'counter' as const,
  unitIds: ['hq', 'gd', 'gd-gz', 'panyu', 'shiqiao'],
  targetGroups: ['elderly' as const],
};
const beacon = tallyBeacon({ ...aBeacon({ target: { type: 'material', materialId: 'm1' } }), at: '2026-03-15T10:00:00+08:00' }, place);
const spreadNames = (spread: boolean) =>
  bucketsOf(beacon)
    .filter((bucket) => isSpread(bucket) === spread)
    .map(bucketName)
    .sort();

describe("where the repository keeps a bucket's counters", () => {
  it("spreads what a whole country or province writes: the campaign, its breakdowns, the province and the province's own breakdowns", () => {
    expect(spreadNames(true)).toEqual(
      [
        'all#all',
        'unit#hq',
        'unit#gd',
        '@*|channel#counter',
        '@*|material#m1',
        '@*|day#2026-03-15',
        '@*|targetGroup#elderly',
        '@gd|channel#counter',
        '@gd|material#m1',
        '@gd|day#2026-03-15',
        '@gd|targetGroup#elderly',
      ].sort(),
    );
  });

  it("keeps in one shard what one place writes: the event, cities and deeper units with their breakdowns, a unit's own QR source", () => {
    const cold = spreadNames(false);
    expect(cold).toEqual(
      expect.arrayContaining([
        'event#ev1',
        'unit#gd-gz',
        'unit#panyu',
        'unit#shiqiao',
        '@*|source#counter.shiqiao',
        '@gd|source#counter.shiqiao',
        '@gd-gz|day#2026-03-15',
        '@shiqiao|material#m1',
      ]),
    );
    for (const bucket of bucketsOf(beacon).filter((b) => !isSpread(b))) {
      expect(new Set(['shard-a', 'shard-b', 'shard-c'].map((writer) => counterShardOf(bucket, writer))).size).toBe(1);
    }
  });

  it('reads a bucket whose depth it was not told as spread, which is always right', () => {
    expect(isSpread(parseBucketName('unit#gd-gz'))).toBe(true);
    expect(isSpread(parseBucketName('@gd-gz|day#2026-03-15'))).toBe(true);
  });

  it('gives different writers different shards of a spread bucket, so aggregators never touch the same item', () => {
    const writers = Array.from({ length: 32 }, (_, i) => `shard-${i}`);
    const shards = new Set(writers.map((writer) => counterShardOf({ dimension: 'all', value: 'all' }, writer)));
    expect(shards.size).toBeGreaterThan(16);
    for (const shard of shards) expect(shard).toBeLessThan(counterShards);
  });

  it('names buckets so that parsing a name gives the bucket back', () => {
    for (const bucket of bucketsOf(beacon)) {
      const { dimension, value, scope } = bucket;
      expect(parseBucketName(bucketName(bucket))).toEqual({ dimension, value, ...(scope ? { scope } : {}) });
    }
  });
});
