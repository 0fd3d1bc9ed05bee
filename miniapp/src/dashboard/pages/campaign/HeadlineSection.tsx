import { formatWan, formatWanRange, type CampaignReport, metricLabels } from '@rights-outreach/shared';
import { Section } from '../../../components/form/Section';
import { FigureGrid } from '../../components/FigureGrid';
import { formatExact } from '../../logic/figures';

/** 主要数据: the figures a report quotes first, in 万 where large. */
export function HeadlineSection({ report }: { report: CampaignReport }) {
  const { offline, online } = report;
  const exact = (value: number) => (value >= 10_000 ? `${formatExact(value)}` : undefined);
  return (
    <Section title="主要数据" id="report-headline">
      <FigureGrid
        large
        figures={[
          { label: '活动场次', value: formatWan(offline.events) },
          { label: '现场参与人数', value: formatWan(offline.attendanceReported), note: exact(offline.attendanceReported) },
          { label: metricLabels.views, value: formatWan(online.views), note: exact(online.views) },
          { label: metricLabels.visitors, value: formatWan(online.visitors), note: exact(online.visitors) },
          { label: metricLabels.checkins, value: formatWan(online.checkins), note: exact(online.checkins) },
          { label: '覆盖人群（人次）', value: formatWanRange(offline.coverage.min, offline.coverage.max, '–') },
          { label: '参与员工人数', value: formatWan(offline.staffParticipants) },
          { label: '宣传资料（篇）', value: String(report.campaign.materialCount) },
        ]}
      />
    </Section>
  );
}
