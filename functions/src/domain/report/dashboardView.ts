import { type CampaignReport, reportListLimit } from '@rights-outreach/shared';

/**
 * The report as the dashboard receives it: every figure, but the events and flagged lists cut
 * to `reportListLimit` rows and the unit list to the scope and the units right under it (a
 * national campaign has tens of thousands of events and units; the export carries them all).
 */
export function dashboardView(report: CampaignReport): CampaignReport {
  const { events, allUnits, units } = report.breakdowns;
  const truncated = events.length > reportListLimit || report.flagged.length > reportListLimit;
  return {
    ...report,
    breakdowns: {
      ...report.breakdowns,
      allUnits: allUnits.filter((row) => row.unitId === report.scope.unitId || units.includes(row)),
      events: events.slice(0, reportListLimit),
    },
    flagged: report.flagged.slice(0, reportListLimit),
    truncated,
  };
}
