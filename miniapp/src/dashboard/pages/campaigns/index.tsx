import { Text, View } from '@tarojs/components';
import { orgLevelLabels, shanghaiDate } from '@rights-outreach/shared';
import { LoadFailed } from '../../../components/desk/LoadFailed';
import { StatusPanel } from '../../../components/StatusPanel';
import { Section } from '../../../components/form/Section';
import { useLoaded } from '../../../hooks/useLoaded';
import { listReportCampaigns } from '../../../services/reports';
import { DashboardPage, noAccessHint } from '../../components/DashboardPage';
import { openCampaignReport } from '../../navigation';
import { HeadlineCard } from './HeadlineCard';
import './index.css';

/** 数据看板: every campaign with its headline figures for the user's unit; a card opens the campaign's page. */
export default function DashboardCampaignsPage() {
  return (
    <DashboardPage title="宣传活动数据" subtitle="各宣传活动的场次、参与、浏览与触达，实时统计" isHome>
      {() => <CampaignList />}
    </DashboardPage>
  );
}

function CampaignList() {
  const { state, reload } = useLoaded(listReportCampaigns);
  if (state.status === 'failed') return <LoadFailed error={state.error} onRetry={reload} forbiddenHint={noAccessHint} />;
  if (state.status !== 'ready') return <StatusPanel tone="loading" title="正在加载宣传活动数据" />;

  const { scope, campaigns } = state.data;
  const today = shanghaiDate(new Date());
  return (
    <Section
      title={`宣传活动（${campaigns.length}）`}
      hint={`统计范围：${scope.name}（${orgLevelLabels[scope.level]}）及下级机构。1.2万 = 12,000。`}
    >
      {campaigns.length === 0 ? <Text className="dash-list__empty">还没有宣传活动。</Text> : null}
      <View className="dash-list">
        {campaigns.map((headline) => (
          <HeadlineCard
            key={headline.campaign.code}
            headline={headline}
            today={today}
            onOpen={() => openCampaignReport(headline.campaign.code)}
          />
        ))}
      </View>
    </Section>
  );
}
