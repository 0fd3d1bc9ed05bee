import { ClientIdSchema, VisitorIdSchema } from '@rights-outreach/shared';
import { formatDateRange } from '../../../miniapp/src/utils/formatDateRange';
import { formatLocalIso } from '../../../miniapp/src/utils/formatLocalIso';
import { newVisitorId, uuidV4 } from '../../../miniapp/src/tracker/randomIds';
import { isPermanentFailure } from '../../../miniapp/src/tracker/retryPolicy';

describe('campaign dates', () => {
  it('reads as Chinese dates, repeating the year only across a new year', () => {
    expect(formatDateRange('2026-03-09', '2026-03-15')).toBe('2026年3月9日—3月15日');
    expect(formatDateRange('2026-12-28', '2027-01-03')).toBe('2026年12月28日—2027年1月3日');
    expect(formatDateRange('2026-03-15', '2026-03-15')).toBe('2026年3月15日');
  });
});

describe('beacon timestamps', () => {
  it('name the same instant as the clock, with an explicit offset', () => {
    const at = formatLocalIso(new Date('2026-03-15T02:03:04.005Z'));
    expect(at).toMatch(/[+-]\d{2}:\d{2}$/);
    expect(Date.parse(at)).toBe(Date.parse('2026-03-15T02:03:04.005Z'));
  });
});

describe('generated ids', () => {
  it('are UUID v4 beacon ids and visitor ids the API accepts, even at the extremes of Math.random', () => {
    for (const random of [() => 0, () => 0.999999999, Math.random]) {
      expect(ClientIdSchema.safeParse(uuidV4(random)).success).toBe(true);
      expect(VisitorIdSchema.safeParse(newVisitorId(random)).success).toBe(true);
    }
  });

  it('do not repeat', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => uuidV4()));
    expect(ids.size).toBe(10_000);
  });
});

describe('which failed sends are given up', () => {
  it('only refusals: 4xx other than 408 and 429', () => {
    expect([400, 404, 413].map((status) => isPermanentFailure({ status }))).toEqual([true, true, true]);
    expect([0, 408, 429, 500, 503].map((status) => isPermanentFailure({ status }))).toEqual([false, false, false, false, false]);
    expect(isPermanentFailure(new Error('no status'))).toBe(false);
  });

  it('not a refused visitor token: the same beacons succeed with a new one', () => {
    expect(isPermanentFailure({ status: 401, code: 'VISITOR_TOKEN_INVALID' })).toBe(false);
    expect(isPermanentFailure({ status: 401, code: 'UNAUTHENTICATED' })).toBe(true);
  });
});
