import { formatWan, type CampaignReport } from '@rights-outreach/shared';
import { Section } from '../../../components/form/Section';
import { FigureGrid } from '../../components/FigureGrid';
import { formatRating } from '../../logic/figures';

/** 线上传播: what the QR codes, links and shared cards brought in (counted exactly, 人次 and 人 as defined). */
export function OnlineSection({ report }: { report: CampaignReport }) {
  const { online } = report;
  return (
    <Section title='线上传播' id='report-online' hint='浏览量每打开一次计一次；触达人数为整个活动期间去重后的人数。'>
      <FigureGrid
        figures={[
          { label: '浏览量（人次）', value: formatWan(online.views) },
          { label: '触达人数（人）', value: formatWan(online.visitors) },
          { label: '视频观看次数', value: formatWan(online.videoPlays) },
          { label: '分享次数', value: formatWan(online.shareTaps) },
          { label: '分享带来的打开（人次）', value: formatWan(online.shareOpens) },
          { label: '报名人数', value: formatWan(online.signups) },
          { label: '答题完成次数', value: formatWan(online.quizCompletions) },
          { label: '评价均分（满分 5 分）', value: formatRating(report.feedbackAverage), note: `${online.feedbacks} 人次评价` },
        ]}
      />
    </Section>
  );
}
