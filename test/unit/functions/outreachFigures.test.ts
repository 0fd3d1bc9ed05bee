import type { EventFields, OfflineEventFields, OnlineEventFields } from '@rights-outreach/shared';
import { customersServed } from '../../../functions/src/domain/report/customersServed';
import { offlineFigures } from '../../../functions/src/domain/report/offlineFigures';
import { onlineActivityFigures } from '../../../functions/src/domain/report/onlineActivities';
import { type ScopeUnit, workplaceFigures } from '../../../functions/src/domain/report/workplaceCoverage';

const common = {
  campaignCode: 'rights-week-2026',
  title: '宣传活动',
  startAt: '2026-03-15T09:30:00+08:00',
  targetGroups: [],
  staffPresent: 2,
};

function offline(unitId: string, overrides: Partial<OfflineEventFields> = {}): OfflineEventFields {
  return {
    ...common,
    type: 'community',
    unitId,
    placeName: '社区活动中心',
    headcount: 50,
    coverage: { min: 100, max: 200 },
    printed: { leaflets: 10, colourPages: 0, posters: 0, other: 0 },
    displayAreas: 1,
    ...overrides,
  };
}

function online(unitId: string, overrides: Partial<OnlineEventFields> = {}): OnlineEventFields {
  return { ...common, type: 'live_stream', unitId, platform: 'wechat_channels', viewersReported: 1_000, ...overrides };
}

/** A county with two counters (one stored before kinds existed) and three sales workplaces. */
const units: ScopeUnit[] = [
  { id: 'county', level: 'county' },
  { id: 'counter-a', level: 'counter', kind: 'counter' },
  { id: 'counter-old', level: 'counter' },
  { id: 'wp-1', level: 'counter', kind: 'sales_workplace' },
  { id: 'wp-2', level: 'counter', kind: 'sales_workplace' },
  { id: 'wp-3', level: 'counter', kind: 'sales_workplace' },
];

describe('online activities', () => {
  it('counts online events by type and platform and adds up the viewers the platforms reported', () => {
    const events: EventFields[] = [
      online('county', { viewersReported: 5_200 }),
      online('county', { type: 'online_quiz', platform: 'official_account', viewersReported: 800 }),
      offline('county'),
    ];

    const figures = onlineActivityFigures(events);

    expect(figures.events).toBe(2);
    expect(figures.eventsByType).toEqual({ live_stream: 1, online_session: 0, online_quiz: 1, tuesday_online: 0 });
    expect(figures.viewersReported).toBe(6_000);
    expect(figures.byPlatform.wechat_channels).toEqual({ events: 1, viewersReported: 5_200 });
    expect(figures.byPlatform.official_account).toEqual({ events: 1, viewersReported: 800 });
    expect(figures.byPlatform.douyin).toEqual({ events: 0, viewersReported: 0 });
  });

  it('counts an online event as an event of its group and its staff, never as attendance, coverage, print or a counter', () => {
    const figures = offlineFigures([offline('counter-a'), online('counter-a', { staffPresent: 3 })], () => 'counter');

    expect(figures.events).toBe(2);
    expect(figures.eventsByGroup).toEqual({ five_entries: 1, self_organised: 0, internal: 0, online: 1 });
    expect(figures.staffParticipants).toBe(5);
    expect(figures.attendanceReported).toBe(50);
    expect(figures.coverage).toEqual({ min: 100, max: 200 });
    expect(figures.printed.total).toBe(10);
    expect(figures.displayAreas).toBe(1);
    expect(figures.countersInvolved).toBe(1);
  });
});

describe('counters and sales workplaces', () => {
  it('counts the counters in scope, a unit without a kind as one, and the display areas of events logged at them', () => {
    const figures = workplaceFigures(units, [
      offline('counter-a', { type: 'counter', displayAreas: 2 }),
      offline('counter-a', { displayAreas: 1 }),
      offline('counter-old', { displayAreas: 0 }),
      offline('county', { type: 'counter', displayAreas: 5 }),
      online('counter-a'),
    ]);

    expect(figures).toMatchObject({ counters: 2, countersWithDisplayAreas: 1, counterDisplayAreas: 3 });
  });

  it('counts distinct trained workplaces in scope and the trainings that named one', () => {
    const figures = workplaceFigures(units, [
      offline('county', { type: 'workplace_training', workplaceIds: ['wp-1', 'wp-2'] }),
      offline('county', { type: 'workplace_training', workplaceIds: ['wp-2'] }),
      offline('county', { type: 'workplace_training' }),
      // A workplace turned into a counter since, or outside the scope, is not a trained workplace of it.
      offline('county', { type: 'workplace_training', workplaceIds: ['counter-a', 'elsewhere'] }),
    ]);

    expect(figures).toMatchObject({ salesWorkplaces: 3, trainedWorkplaces: 2, workplaceTrainings: 2 });
  });
});

describe('customers served (服务客户量)', () => {
  it('adds the people reached online, the reported headcounts and the platforms’ reported viewers, and keeps each part', () => {
    expect(customersServed({ visitors: 8_058 }, { attendanceReported: 1_250 }, { viewersReported: 150_000 })).toEqual({
      total: 159_308,
      visitors: 8_058,
      attendanceReported: 1_250,
      viewersReported: 150_000,
    });
  });
});
