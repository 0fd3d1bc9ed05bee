import { reportFlagLabels, type EventReportRow } from '@rights-outreach/shared';

/** What a reviewer should ask about an event, in Chinese, with the figures behind it. */
export function flagReasons(event: EventReportRow, factor: number): string[] {
  return event.flags.map((flag) =>
    flag === 'attendance_unverified'
      ? `${reportFlagLabels[flag]}：填报 ${event.attendanceReported} 人，扫码签到 ${event.metrics.checkins} 人（超过 ${factor} 倍）`
      : `${reportFlagLabels[flag]}：填报 ${event.attendanceReported} 人，活动二维码无浏览、无签到`,
  );
}
