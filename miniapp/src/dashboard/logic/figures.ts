import { formatWanRange } from '@rights-outreach/shared';

/** 同比 change as reports write it: `+12.5%`, `-3.2%`, `0.0%`; `—` when last year had none to compare. */
export function formatChange(changePercent: number | null): string {
  if (changePercent === null) return '—';
  const fixed = Math.abs(changePercent).toFixed(1);
  if (fixed === '0.0') return '0.0%';
  return `${changePercent > 0 ? '+' : '-'}${fixed}%`;
}

/** Whether a change is up, down or flat, for its colour. */
export function changeTone(changePercent: number | null): 'up' | 'down' | 'flat' {
  if (changePercent === null || Math.abs(changePercent) < 0.05) return 'flat';
  return changePercent > 0 ? 'up' : 'down';
}

/** A share in percent, one decimal (`part / whole`); `—` without a whole. */
export function formatShare(part: number, whole: number): string {
  if (whole <= 0) return '—';
  return `${((part / whole) * 100).toFixed(1)}%`;
}

/** An exact count for tables: digits grouped by thousands (15080 → 15,080). */
export function formatExact(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** 覆盖人群 as a range in 万 where large (600–25,000 → 0.06万–2.5万). */
export function formatCoverage(coverage: { min: number; max: number }): string {
  return formatWanRange(coverage.min, coverage.max, '–');
}

/** 评价均分: two decimals out of 5, or a note when nobody rated yet. */
export function formatRating(average: number | null): string {
  return average === null ? '暂无评价' : `${average.toFixed(2)} 分`;
}
