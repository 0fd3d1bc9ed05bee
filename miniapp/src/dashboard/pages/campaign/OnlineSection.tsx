import { formatWan, type CampaignReport, metricLabels, videoCompletionRate } from '@rights-outreach/shared';
import { Section } from '../../../components/form/Section';
import { FigureGrid } from '../../components/FigureGrid';
import { formatRating } from '../../logic/figures';

/** 线上传播: what the QR codes, links and shared cards brought in (counted exactly, 人次 and 人 as defined). */
export function OnlineSection({ report }: { report: CampaignReport }) {
  const { online } = report;
  return (
    <Section title="线上传播" id="report-online" hint="浏览量每打开一次计一次；触达人数为整个活动期间去重后的人数。">
      <FigureGrid
        figures={[
          { label: metricLabels.views, value: formatWan(online.views) },
          { label: metricLabels.visitors, value: formatWan(online.visitors) },
          { label: metricLabels.videoPlays, value: formatWan(online.videoPlays) },
          {
            label: metricLabels.videoCompletions,
            value: formatWan(online.videoCompletions),
            note: `完播率 ${formatRate(videoCompletionRate(online))}`,
          },
          { label: metricLabels.shareTaps, value: formatWan(online.shareTaps) },
          { label: metricLabels.shareOpens, value: formatWan(online.shareOpens) },
          { label: metricLabels.signups, value: formatWan(online.signups) },
          { label: metricLabels.quizCompletions, value: formatWan(online.quizCompletions) },
          { label: '评价均分（满分 5 分）', value: formatRating(report.feedbackAverage), note: `${online.feedbacks} 人次评价` },
        ]}
      />
    </Section>
  );
}

/** 完播率 with one decimal; — without plays. */
function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${rate.toFixed(1)}%`;
}
