import { type Metrics, type ReportFlagKind, shanghaiDate } from '@rights-outreach/shared';

/**
 * What a reviewer may want to ask about an event, once its day is over (Asia/Shanghai):
 * - `attendance_unverified`: the headcount staff reported exceeds the people who checked in
 *   with the event's QR code more than `factor` times (or nobody checked in at all);
 * - `no_qr_activity`: nobody opened the event's QR code or link at all.
 * Flags are questions, not verdicts: many at an event never scan.
 */
export function eventFlags(
  event: { startAt: string; headcount: number },
  metrics: Pick<Metrics, 'visitors' | 'checkins'>,
  factor: number,
  now: Date,
): ReportFlagKind[] {
  if (shanghaiDate(new Date(event.startAt)) >= shanghaiDate(now)) return [];
  const flags: ReportFlagKind[] = [];
  if (event.headcount > 0 && event.headcount > factor * metrics.checkins) flags.push('attendance_unverified');
  if (metrics.visitors === 0) flags.push('no_qr_activity');
  return flags;
}
