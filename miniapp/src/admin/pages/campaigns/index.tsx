import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { shanghaiDate } from '@rights-outreach/shared';
import { StatusPanel } from '../../../components/StatusPanel';
import { routes } from '../../../constants/routes';
import { listCampaigns } from '../../../services/campaigns';
import { ActionButton } from '../../../components/form/ActionButton';
import { AdminPage } from '../../components/AdminPage';
import { LoadFailed } from '../../../components/desk/LoadFailed';
import { Section } from '../../../components/form/Section';
import { useLoaded } from '../../../hooks/useLoaded';
import { openPage } from '../../navigation';
import { sortCampaigns } from '../../../utils/campaignPhase';
import { CampaignTable } from './CampaignTable';
import './index.css';

/** 宣传活动管理: every campaign, running today first, with edit and QR code links. */
export default function AdminCampaignsPage() {
  return (
    <AdminPage title="宣传活动管理" subtitle="宣传周、宣传月、消保星期二和专项宣传">
      {() => <CampaignsBody />}
    </AdminPage>
  );
}

function CampaignsBody() {
  const { state, reload } = useLoaded(listCampaigns);
  // Coming back from the campaign form: show what was just saved.
  const shownBefore = useRef(false);
  useDidShow(() => {
    if (shownBefore.current) reload();
    shownBefore.current = true;
  });

  if (state.status === 'failed') {
    return <LoadFailed error={state.error} onRetry={reload} />;
  }
  if (state.status !== 'ready') return <StatusPanel tone="loading" title="正在加载宣传活动" />;

  const today = shanghaiDate(new Date());
  return (
    <Section
      title={`宣传活动（${state.data.length}）`}
      hint="日期按北京时间计算，含开始和结束当天。"
      extra={<ActionButton size="small" text="新建宣传活动" onClick={() => openPage(routes.adminCampaignForm)} />}
    >
      <CampaignTable campaigns={sortCampaigns(state.data, today)} today={today} />
    </Section>
  );
}
