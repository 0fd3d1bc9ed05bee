import type { Beacon, CampaignTotals } from '@rights-outreach/shared';
import type { CounterScope } from '../repository/keys';
import type { Counters, CounterIncrement, Marker } from '../repository/tallyRepository';

/**
 * How one beacon moves the totals. Metric definitions: DOMAIN.md.
 * - views (浏览量, 人次): every landing or material open, for the campaign and the event.
 * - visitors (触达人数, 人): a person's first beacon in the campaign (and, separately, in the event).
 * - checkins (现场签到人数): a person's first check-in at an event; the campaign adds them up per event.
 */
export function countingPlan(beacon: Beacon, scopes: { campaign: CounterScope; event?: CounterScope }) {
  const inScopes = (counters: Counters): CounterIncrement[] =>
    [scopes.campaign, scopes.event].flatMap((scope) => (scope ? [{ scope, counters }] : []));

  const increments: CounterIncrement[] = beacon.kind === 'view' ? inScopes({ views: 1 }) : [];
  const markers: Marker[] = [
    { kind: 'visitor', scope: scopes.campaign, onFirst: [{ scope: scopes.campaign, counters: { visitors: 1 } }] },
    ...(scopes.event
      ? [{ kind: 'visitor', scope: scopes.event, onFirst: [{ scope: scopes.event, counters: { visitors: 1 } }] }]
      : []),
    ...(beacon.kind === 'checkin' && scopes.event
      ? [{ kind: 'checkin', scope: scopes.event, onFirst: inScopes({ checkins: 1 }) }]
      : []),
  ];
  return { increments, markers };
}

export function markerId(marker: Pick<Marker, 'kind' | 'scope'>): string {
  return `${marker.kind}:${marker.scope.kind}:${marker.scope.kind === 'campaign' ? marker.scope.code : marker.scope.id}`;
}

export function toCampaignTotals(campaignCode: string, counters: Counters): CampaignTotals {
  return {
    campaignCode,
    views: counters.views ?? 0,
    visitors: counters.visitors ?? 0,
    checkins: counters.checkins ?? 0,
  };
}
