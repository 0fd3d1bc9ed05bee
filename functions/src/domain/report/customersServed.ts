import type { CustomersServed, Metrics, OfflineFigures, OnlineActivityFigures } from '@rights-outreach/shared';

/**
 * 服务客户量 (docs/metrics.md): the distinct people the scope reached online (tracked, exact)
 * plus the people staff counted at offline events (reported headcounts) plus the viewers the
 * platforms reported for online events. A sum of parts counted in different ways: one
 * person who came to an event and scanned its code is in two parts.
 */
export function customersServed(
  online: Pick<Metrics, 'visitors'>,
  offline: Pick<OfflineFigures, 'attendanceReported'>,
  onlineActivities: Pick<OnlineActivityFigures, 'viewersReported'>,
): CustomersServed {
  const parts = {
    visitors: online.visitors,
    attendanceReported: offline.attendanceReported,
    viewersReported: onlineActivities.viewersReported,
  };
  return { total: parts.visitors + parts.attendanceReported + parts.viewersReported, ...parts };
}
