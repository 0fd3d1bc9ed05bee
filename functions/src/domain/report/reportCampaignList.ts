import type { CampaignHeadline, ReportCampaignList } from '@rights-outreach/shared';
import type { Principal } from '../../auth/principal';
import { countEventsUnder } from '../../repository/eventRepository';
import { readBucketCounters } from '../../repository/tallyRepository';
import { listCampaigns } from '../admin/campaigns';
import { toMetrics } from '../tally';
import { reportUnit, resolveReportScope } from './reportScope';

/**
 * Every campaign with its headline figures for the caller's unit (running today first, then
 * upcoming, then past): events and reported attendance from the events, the rest from the
 * unit's counters — per campaign one count of its events and one read of one bucket.
 */
export async function reportCampaignList(principal: Principal, now = new Date()): Promise<ReportCampaignList> {
  const scope = await resolveReportScope(principal);
  const campaigns = await listCampaigns(now);
  const headlines = await Promise.all(
    campaigns.map(async (campaign): Promise<CampaignHeadline> => {
      const [events, counters] = await Promise.all([
        countEventsUnder(campaign.code, scope.unit.path),
        readBucketCounters(campaign.code, [scope.totalsBucket]),
      ]);
      const online = toMetrics(counters.of(scope.totalsBucket));
      const { code, type, name, slogan, startDate, endDate } = campaign;
      return {
        campaign: { code, type, name, slogan, startDate, endDate },
        events: events.events,
        attendanceReported: events.headcount,
        checkins: online.checkins,
        views: online.views,
        visitors: online.visitors,
        shareTaps: online.shareTaps,
      };
    }),
  );
  return { scope: reportUnit(scope.unit), campaigns: headlines };
}
