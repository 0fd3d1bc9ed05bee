import {
  type EventFields,
  type OnlineActivityFigures,
  type OnlineEventType,
  type OnlinePlatform,
  isOnlineEvent,
  onlineEventTypes,
  onlinePlatforms,
} from '@rights-outreach/shared';

/**
 * The online activities of a set of events (deleted ones already left out), as
 * docs/metrics.md defines them: online events by type and by platform, and the platforms'
 * reported viewers added up. Offline events are not read.
 */
export function onlineActivityFigures(events: EventFields[]): OnlineActivityFigures {
  const figures = emptyOnlineActivityFigures();
  for (const event of events) {
    if (!isOnlineEvent(event)) continue;
    figures.events += 1;
    figures.eventsByType[event.type] += 1;
    figures.viewersReported += event.viewersReported;
    figures.byPlatform[event.platform].events += 1;
    figures.byPlatform[event.platform].viewersReported += event.viewersReported;
  }
  return figures;
}

export function emptyOnlineActivityFigures(): OnlineActivityFigures {
  return {
    events: 0,
    eventsByType: Object.fromEntries(onlineEventTypes.map((type) => [type, 0])) as Record<OnlineEventType, number>,
    viewersReported: 0,
    byPlatform: Object.fromEntries(onlinePlatforms.map((platform) => [platform, { events: 0, viewersReported: 0 }])) as Record<
      OnlinePlatform,
      { events: number; viewersReported: number }
    >,
  };
}
