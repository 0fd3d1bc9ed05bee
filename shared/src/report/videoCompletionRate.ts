import type { Metrics } from '../schemas/totals';

/**
 * 视频完播率 (%): plays watched to at least 90 % out of plays started, one decimal; null
 * without plays. The same everywhere (dashboard, export, paragraph; docs/metrics.md).
 */
export function videoCompletionRate(metrics: Pick<Metrics, 'videoPlays' | 'videoCompletions'>): number | null {
  if (metrics.videoPlays <= 0) return null;
  return Math.round((metrics.videoCompletions / metrics.videoPlays) * 1000) / 10;
}
