import type { OfflineEventFields } from '@rights-outreach/shared';

/** A valid set of event fields, as the form would produce. */
export function someFields(overrides: Partial<OfflineEventFields> = {}): OfflineEventFields {
  return {
    campaignCode: 'rights-week-2026',
    type: 'community',
    unitId: 'panyu',
    title: '幸福社区消保宣传',
    startAt: '2026-03-15T09:30:00+08:00',
    placeName: '幸福社区文化广场',
    targetGroups: ['elderly'],
    staffPresent: 3,
    headcount: 40,
    coverage: { min: 100, max: 200 },
    printed: { leaflets: 50, colourPages: 20, posters: 2, other: 0 },
    displayAreas: 1,
    ...overrides,
  };
}
