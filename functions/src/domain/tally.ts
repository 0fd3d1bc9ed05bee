import type { Beacon } from '@rights-outreach/shared';
import type { Counters } from '../repository/tallyRepository';

/**
 * How one beacon moves the campaign totals (metric definitions: DOMAIN.md).
 * views (浏览量, 人次): every landing or material open. visitors (触达人数, 人): the first
 * beacon of a person in the campaign, whatever its kind.
 */
export function countersFor(beacon: Beacon): Counters {
  switch (beacon.kind) {
    case 'view':
      return { views: 1 };
  }
}

export const newVisitorCounters: Counters = { visitors: 1 };

export function toTotals(campaignCode: string, counters: Counters) {
  return { campaignCode, views: counters.views ?? 0, visitors: counters.visitors ?? 0 };
}
