import {
  type BreakdownRow,
  type ComparablePlatformFigure,
  type Metrics,
  type PlatformEntryRow,
  type PlatformFigureFields,
  type PlatformFigures,
  type PlatformFlag,
  type PlatformValues,
  type ReportingPlatform,
  channels,
  comparablePlatformFigures,
  formatWan,
  formatWanGroup,
  platformFigureNames,
  reportingPlatforms,
} from '@rights-outreach/shared';
import type { RecordView } from '../records/unitRecords';

/** A reported figure is flagged above this many times what we tracked for the same channel… */
export const platformFlagFactor = 10;
/** …and only from this size up (a small account's 300 reads against 20 opens is no question). */
export const platformFlagMinimum = 1_000;

/** Our own figure each comparable reported one stands beside: 浏览量, 视频观看次数, 分享次数. */
const trackedMetric: Record<ComparablePlatformFigure, keyof Metrics> = { views: 'views', plays: 'videoPlays', shares: 'shareTaps' };

const zero = (): PlatformValues => ({ views: 0, plays: 0, shares: 0, likes: 0, comments: 0 });

/**
 * Figures reported from other platforms for a scope (docs/metrics.md, "Reported from other
 * platforms"): platforms' back-ends show running totals, so of the entries for one unit's
 * account or content on one platform (same unit, platform and subject) only the latest as of
 * counts (ties: the last edited); those are added up by platform and over all platforms.
 * `tracked` are our own figures of the scope, `combined` the two added — the only place they
 * are added. Flags: a platform that is also one of our channels, whose reported figure is more
 * than `platformFlagFactor` times what we tracked from that channel and at least
 * `platformFlagMinimum` (only where the scope keeps its channels).
 */
export function platformFigures(
  entries: Array<RecordView<PlatformFigureFields>>,
  online: Metrics,
  channelRows: BreakdownRow[] | null,
): PlatformFigures {
  const latest = new Map<string, RecordView<PlatformFigureFields>>();
  for (const entry of entries) {
    const key = `${entry.unitId}\n${entry.platform}\n${entry.subject.trim()}`;
    const kept = latest.get(key);
    if (!kept || entry.asOf > kept.asOf || (entry.asOf === kept.asOf && entry.updatedAt > kept.updatedAt)) latest.set(key, entry);
  }
  const counted = [...latest.values()].sort((a, b) => b.asOf.localeCompare(a.asOf) || a.id.localeCompare(b.id));

  const byPlatform = new Map<ReportingPlatform, { entries: number; values: PlatformValues }>();
  const reported = zero();
  const rows: PlatformEntryRow[] = counted.map((entry) => {
    const values = zero();
    for (const name of platformFigureNames) values[name] = entry[name] ?? 0;
    const platform = byPlatform.get(entry.platform) ?? { entries: 0, values: zero() };
    platform.entries += 1;
    for (const name of platformFigureNames) {
      platform.values[name] += values[name];
      reported[name] += values[name];
    }
    byPlatform.set(entry.platform, platform);
    const { id, subject, asOf, unitId, unitName, updatedBy } = entry;
    return { id, platform: entry.platform, subject, asOf, unitId, unitName, enteredBy: updatedBy, values };
  });

  const tracked = { views: online.views, plays: online.videoPlays, shares: online.shareTaps };
  const combined = {
    views: reported.views + tracked.views,
    plays: reported.plays + tracked.plays,
    shares: reported.shares + tracked.shares,
  };
  const perPlatform = reportingPlatforms
    .filter((platform) => byPlatform.has(platform))
    .map((platform) => ({ platform, ...byPlatform.get(platform)! }));
  return {
    byPlatform: perPlatform,
    reported,
    tracked,
    combined,
    entries: rows,
    flags: platformFlags(perPlatform, channelRows),
    flagFactor: platformFlagFactor,
    flagMinimum: platformFlagMinimum,
  };
}

/** Reported figures far above what we tracked from the same channel (核查提示: a question, not a verdict). */
export function platformFlags(
  perPlatform: Array<{ platform: ReportingPlatform; values: PlatformValues }>,
  channelRows: BreakdownRow[] | null,
): PlatformFlag[] {
  if (!channelRows) return [];
  const ours = new Map(channelRows.map((row) => [row.key, row.metrics]));
  return perPlatform.flatMap(({ platform, values }) => {
    if (!(channels as readonly string[]).includes(platform)) return [];
    const metrics = ours.get(platform);
    return comparablePlatformFigures.flatMap((figure): PlatformFlag[] => {
      const tracked = metrics ? metrics[trackedMetric[figure]] : 0;
      const reportedValue = values[figure];
      return reportedValue >= platformFlagMinimum && reportedValue > platformFlagFactor * tracked
        ? [{ platform, figure, reported: reportedValue, tracked }]
        : [];
    });
  });
}

/**
 * `内容在各平台浏览5.2万次（其中本平台1.8万次），视频在各平台观看1.2万次（其中本平台0.35万次），
 * 在各平台分享600次（其中本平台120次），获点赞0.3万次、评论156条`: each 各平台 figure is
 * reported + tracked and is quoted only when something was reported for it; 本平台 only when
 * we tracked some; a figure and its 本平台 share one unit. '' when nothing was reported.
 */
export function platformFiguresClause(figures: PlatformFigures): string {
  const pair = (figure: ComparablePlatformFigure, words: (all: string) => string) => {
    if (figures.reported[figure] === 0) return '';
    const [all, ours] = formatWanGroup([figures.combined[figure], figures.tracked[figure]]);
    return `${words(all!)}${figures.tracked[figure] > 0 ? `（其中本平台${ours}次）` : ''}`;
  };
  const reactions = [
    figures.reported.likes > 0 ? `点赞${formatWan(figures.reported.likes)}次` : '',
    figures.reported.comments > 0 ? `评论${formatWan(figures.reported.comments)}条` : '',
  ].filter(Boolean);
  return [
    pair('views', (all) => `内容在各平台浏览${all}次`),
    pair('plays', (all) => `视频在各平台观看${all}次`),
    pair('shares', (all) => `在各平台分享${all}次`),
    reactions.length > 0 ? `获${reactions.join('、')}` : '',
  ]
    .filter(Boolean)
    .join('，');
}
