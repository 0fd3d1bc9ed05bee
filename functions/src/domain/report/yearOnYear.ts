import {
  type Campaign,
  type ComparedFigure,
  type Metrics,
  type OfflineFigures,
  type YearOnYearRow,
  comparedFigureLabels,
  comparedFigures,
} from '@rights-outreach/shared';

/**
 * Last year's campaign of the same type: among those that started in the previous calendar
 * year, the one whose start is nearest to one year before this one's (a weekly 消保星期二
 * compares with the same week, the 3·15 week with last year's).
 */
export function previousCampaignOf(campaign: Campaign, campaigns: Campaign[]): Campaign | undefined {
  const lastYear = String(Number(campaign.startDate.slice(0, 4)) - 1);
  const target = Date.parse(`${lastYear}${campaign.startDate.slice(4)}T00:00:00Z`) || Date.parse(`${lastYear}-02-28T00:00:00Z`);
  const distance = (other: Campaign) => Math.abs(Date.parse(`${other.startDate}T00:00:00Z`) - target);
  return campaigns
    .filter((other) => other.type === campaign.type && other.code !== campaign.code && other.startDate.startsWith(lastYear))
    .sort((a, b) => distance(a) - distance(b) || a.code.localeCompare(b.code))[0];
}

/** The figures compared, from a report's offline and online parts. */
export function comparable(offline: OfflineFigures, online: Metrics): Record<ComparedFigure, number> {
  return {
    events: offline.events,
    staffParticipants: offline.staffParticipants,
    attendanceReported: offline.attendanceReported,
    checkins: online.checkins,
    views: online.views,
    visitors: online.visitors,
    videoPlays: online.videoPlays,
    shareTaps: online.shareTaps,
    shareOpens: online.shareOpens,
    signups: online.signups,
    quizCompletions: online.quizCompletions,
  };
}

/** 同比: each figure this year and last, and the change in percent (one decimal; null when last year had none). */
export function yearOnYearRows(current: Record<ComparedFigure, number>, previous: Record<ComparedFigure, number> | null): YearOnYearRow[] {
  return comparedFigures.map((figure) => {
    const before = previous?.[figure] ?? 0;
    return {
      figure,
      label: comparedFigureLabels[figure],
      current: current[figure],
      previous: before,
      changePercent: previous && before > 0 ? Math.round(((current[figure] - before) / before) * 1000) / 10 : null,
    };
  });
}
