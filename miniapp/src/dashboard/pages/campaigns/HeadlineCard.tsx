import { Text, View } from '@tarojs/components';
import { campaignTypeLabels, formatWan, type CampaignHeadline, metricLabels } from '@rights-outreach/shared';
import { StatusBadge, type BadgeTone } from '../../../components/desk/StatusBadge';
import { campaignPhase, campaignPhaseLabels, type CampaignPhase } from '../../../utils/campaignPhase';
import { formatDateRange } from '../../../utils/formatDateRange';
import { FigureGrid } from '../../components/FigureGrid';
import { keyboardPressable } from '../../../utils/keyboardPressable';

const phaseTones: Record<CampaignPhase, BadgeTone> = { running: 'good', upcoming: 'info', ended: 'muted' };

interface HeadlineCardProps {
  headline: CampaignHeadline;
  today: string;
  onOpen: () => void;
}

/** One campaign in the list: name, dates, status and its headline figures; the whole card opens it. */
export function HeadlineCard({ headline, today, onOpen }: HeadlineCardProps) {
  const { campaign } = headline;
  const phase = campaignPhase(campaign, today);
  return (
    <View
      className="dash-list__card"
      hoverClass="dash-list__card--pressed"
      ariaRole="button"
      onClick={onOpen}
      {...keyboardPressable(onOpen)}
      id={`campaign-${campaign.code}`}
    >
      <View className="dash-list__head">
        <StatusBadge tone={phaseTones[phase]} text={campaignPhaseLabels[phase]} />
        <Text className="dash-list__dates">{formatDateRange(campaign.startDate, campaign.endDate)}</Text>
      </View>
      <Text className="dash-list__name">{campaign.name}</Text>
      <Text className="dash-list__type">
        {campaignTypeLabels[campaign.type]} · {campaign.slogan}
      </Text>
      <FigureGrid
        figures={[
          { label: '活动场次', value: formatWan(headline.events) },
          { label: '现场参与人数', value: formatWan(headline.attendanceReported) },
          { label: metricLabels.checkins, value: formatWan(headline.checkins) },
          { label: metricLabels.views, value: formatWan(headline.views) },
          { label: metricLabels.visitors, value: formatWan(headline.visitors) },
          { label: metricLabels.shareTaps, value: formatWan(headline.shareTaps) },
        ]}
      />
      <Text className="dash-list__more">查看数据 ›</Text>
    </View>
  );
}
