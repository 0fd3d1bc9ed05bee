import { type CampaignReport, reportListLimit } from '@rights-outreach/shared';

/**
 * The report as the dashboard receives it: every figure, but the events, flagged and sources
 * lists cut to `reportListLimit` rows (sources: the most viewed) and the unit list to the
 * scope and the units right under it (a national campaign has tens of thousands of events,
 * units and unit-tagged codes; the export carries them all).
 */
export function dashboardView(report: CampaignReport): CampaignReport {
  const { events, allUnits, units, sources } = report.breakdowns;
  const truncated = [events, report.flagged, sources ?? []].some((list) => list.length > reportListLimit);
  return {
    ...report,
    breakdowns: {
      ...report.breakdowns,
      allUnits: allUnits.filter((row) => row.unitId === report.scope.unitId || units.includes(row)),
      events: events.slice(0, reportListLimit),
      sources: sources?.slice(0, reportListLimit) ?? null,
    },
    flagged: report.flagged.slice(0, reportListLimit),
    truncated,
  };
}
