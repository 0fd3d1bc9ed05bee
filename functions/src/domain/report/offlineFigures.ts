import {
  type OfflineEventFields,
  type OnlineEventFields,
  type EventType,
  type EventTypeGroup,
  type OfflineFigures,
  type OrgLevel,
  eventTypeGroups,
  eventTypes,
  groupOfEventType,
  isOnlineEvent,
} from '@rights-outreach/shared';

/** What offline figures read of an event: an online one only counts as an event (and its staff). */
export type OfflineEvent =
  | Pick<OfflineEventFields, 'type' | 'unitId' | 'staffPresent' | 'headcount' | 'coverage' | 'printed' | 'displayAreas'>
  | Pick<OnlineEventFields, 'type' | 'unitId' | 'staffPresent'>;

/**
 * The offline figures of a set of events (deleted ones already left out), as docs/metrics.md
 * defines them: counts by type and group, sums of staff, headcount, coverage range, printed
 * materials and display areas; `countersInvolved` counts distinct units that held a 柜面宣传
 * event, or any offline event when the unit is itself a counter. Online events count in
 * `events`, their type and group (线上活动) and `staffParticipants`, never in attendance.
 */
export function offlineFigures(events: OfflineEvent[], levelOf: (unitId: string) => OrgLevel | undefined): OfflineFigures {
  const figures = emptyOfflineFigures();
  const counters = new Set<string>();
  for (const event of events) {
    figures.events += 1;
    figures.eventsByType[event.type] += 1;
    figures.eventsByGroup[groupOfEventType(event.type)] += 1;
    figures.staffParticipants += event.staffPresent;
    if (isOnlineEvent(event)) continue;
    figures.attendanceReported += event.headcount;
    figures.coverage.min += event.coverage.min;
    figures.coverage.max += event.coverage.max;
    figures.printed.leaflets += event.printed.leaflets;
    figures.printed.colourPages += event.printed.colourPages;
    figures.printed.posters += event.printed.posters;
    figures.printed.other += event.printed.other;
    figures.displayAreas += event.displayAreas;
    if (event.type === 'counter' || levelOf(event.unitId) === 'counter') counters.add(event.unitId);
  }
  const { leaflets, colourPages, posters, other } = figures.printed;
  figures.printed.total = leaflets + colourPages + posters + other;
  figures.countersInvolved = counters.size;
  return figures;
}

export function emptyOfflineFigures(): OfflineFigures {
  return {
    events: 0,
    eventsByGroup: Object.fromEntries(Object.keys(eventTypeGroups).map((group) => [group, 0])) as Record<EventTypeGroup, number>,
    eventsByType: Object.fromEntries(eventTypes.map((type) => [type, 0])) as Record<EventType, number>,
    staffParticipants: 0,
    attendanceReported: 0,
    coverage: { min: 0, max: 0 },
    printed: { leaflets: 0, colourPages: 0, posters: 0, other: 0, total: 0 },
    displayAreas: 0,
    countersInvolved: 0,
  };
}
