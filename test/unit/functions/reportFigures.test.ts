import type { Campaign } from '@rights-outreach/shared';
import { eventFlags } from '../../../functions/src/domain/report/eventFlags';
import { type OfflineEvent, offlineFigures } from '../../../functions/src/domain/report/offlineFigures';
import { previousCampaignOf, yearOnYearRows } from '../../../functions/src/domain/report/yearOnYear';

const anEvent = (overrides: Partial<OfflineEvent> = {}): OfflineEvent => ({
  type: 'community',
  unitId: 'county-a',
  staffPresent: 3,
  headcount: 40,
  coverage: { min: 100, max: 200 },
  printed: { leaflets: 50, colourPages: 20, posters: 2, other: 0 },
  displayAreas: 1,
  ...overrides,
});

describe('offline figures', () => {
  it('counts events by type and group and adds up staff, headcount, coverage range, printed materials and display areas', () => {
    const figures = offlineFigures(
      [
        anEvent(),
        anEvent({ type: 'village', headcount: 60, coverage: { min: 300, max: 500 } }),
        anEvent({ type: 'morning_meeting', staffPresent: 12, headcount: 0 }),
      ],
      () => 'county',
    );
    expect(figures).toMatchObject({
      events: 3,
      eventsByGroup: { five_entries: 2, self_organised: 0, internal: 1 },
      staffParticipants: 18,
      attendanceReported: 100,
      coverage: { min: 500, max: 900 },
      printed: { leaflets: 150, colourPages: 60, posters: 6, other: 0, total: 216 },
      displayAreas: 3,
    });
    expect(figures.eventsByType).toMatchObject({ community: 1, village: 1, morning_meeting: 1, school: 0 });
  });

  it('counts a counter once however many events it held, and a county’s 柜面宣传 as a counter too', () => {
    const levels: Record<string, 'county' | 'counter'> = { 'county-a': 'county', 'counter-1': 'counter', 'counter-2': 'counter' };
    const figures = offlineFigures(
      [
        anEvent({ unitId: 'counter-1' }),
        anEvent({ unitId: 'counter-1', type: 'park' }),
        anEvent({ unitId: 'counter-2', type: 'counter' }),
        anEvent({ unitId: 'county-a', type: 'counter' }),
        anEvent({ unitId: 'county-a', type: 'school' }),
      ],
      (id) => levels[id],
    );
    expect(figures.countersInvolved).toBe(3);
  });
});

describe('flags for reviewers', () => {
  const now = new Date('2026-03-20T10:00:00+08:00');
  const yesterday = '2026-03-19T09:00:00+08:00';

  it('flags reported attendance more than the factor times the verified check-ins', () => {
    expect(eventFlags({ startAt: yesterday, headcount: 100 }, { visitors: 40, checkins: 30 }, 3, now)).toEqual(['attendance_unverified']);
    expect(eventFlags({ startAt: yesterday, headcount: 90 }, { visitors: 40, checkins: 30 }, 3, now)).toEqual([]);
    expect(eventFlags({ startAt: yesterday, headcount: 90 }, { visitors: 40, checkins: 30 }, 2.5, now)).toEqual(['attendance_unverified']);
  });

  it('flags an event whose QR code nobody opened, and its headcount with no check-in at all', () => {
    expect(eventFlags({ startAt: yesterday, headcount: 12 }, { visitors: 0, checkins: 0 }, 3, now)).toEqual([
      'attendance_unverified',
      'no_qr_activity',
    ]);
  });

  it('leaves an event alone while its day is not over, and one with no headcount', () => {
    expect(eventFlags({ startAt: '2026-03-20T08:00:00+08:00', headcount: 500 }, { visitors: 0, checkins: 0 }, 3, now)).toEqual([]);
    expect(eventFlags({ startAt: yesterday, headcount: 0 }, { visitors: 3, checkins: 0 }, 3, now)).toEqual([]);
  });
});

describe('year on year (同比)', () => {
  const aCampaign = (code: string, type: Campaign['type'], startDate: string): Campaign => ({
    code,
    type,
    name: code,
    slogan: '口号',
    startDate,
    endDate: startDate,
    targetGroups: [],
    materialIds: [],
  });

  it('compares with last year’s campaign of the same type nearest the same date', () => {
    const current = aCampaign('tue-2026-03-24', 'tuesday', '2026-03-24');
    const campaigns = [
      current,
      aCampaign('tue-2025-03-18', 'tuesday', '2025-03-18'),
      aCampaign('tue-2025-03-25', 'tuesday', '2025-03-25'),
      aCampaign('special-2025-03-24', 'special', '2025-03-24'),
      aCampaign('tue-2024-03-24', 'tuesday', '2024-03-24'),
    ];
    expect(previousCampaignOf(current, campaigns)?.code).toBe('tue-2025-03-25');
    expect(previousCampaignOf(aCampaign('new', 'finance_literacy_month', '2026-09-15'), campaigns)).toBeUndefined();
  });

  it('gives the change in percent to one decimal, and none where last year had nothing', () => {
    const zero = {
      events: 0,
      staffParticipants: 0,
      attendanceReported: 0,
      checkins: 0,
      views: 0,
      visitors: 0,
      videoPlays: 0,
      shareTaps: 0,
      shareOpens: 0,
      signups: 0,
      quizCompletions: 0,
    };
    const rows = yearOnYearRows({ ...zero, events: 128, views: 900, visitors: 50 }, { ...zero, events: 112, views: 1_000 });
    expect(rows.find((row) => row.figure === 'events')).toMatchObject({
      current: 128,
      previous: 112,
      changePercent: 14.3,
      label: '活动场次',
    });
    expect(rows.find((row) => row.figure === 'views')).toMatchObject({ changePercent: -10 });
    expect(rows.find((row) => row.figure === 'visitors')).toMatchObject({ current: 50, previous: 0, changePercent: null });
    expect(yearOnYearRows(zero, null).every((row) => row.changePercent === null)).toBe(true);
  });
});
