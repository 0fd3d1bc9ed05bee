import { useMemo } from 'react';
import { StatusPanel } from '../../../components/StatusPanel';
import { useRouteQuery } from '../../../hooks/useRouteQuery';
import { findCampaign } from '../../../services/campaigns';
import { getPublicCampaign } from '../../../services/publicCampaigns';
import { AdminPage } from '../../components/AdminPage';
import { LoadFailed } from '../../../components/desk/LoadFailed';
import { useLoaded } from '../../../hooks/useLoaded';
import { CampaignForm } from './CampaignForm';
import { draftOf, emptyDraft } from './campaignDraft';
import './index.css';

/** Create a campaign, or edit one with `?code=<campaign code>`. */
export default function AdminCampaignFormPage() {
  const code = useRouteQuery().code;
  return (
    <AdminPage title={code ? '编辑宣传活动' : '新建宣传活动'} subtitle={code ? `活动编号 ${code}` : undefined}>
      {() => (code ? <EditCampaign code={code} /> : <NewCampaign />)}
    </AdminPage>
  );
}

function NewCampaign() {
  const initial = useMemo(emptyDraft, []);
  return <CampaignForm mode="create" initial={initial} />;
}

/** The campaign, and the titles of its materials from its public page (ids alone if that fails). */
async function loadForEdit(code: string) {
  const [campaign, materials] = await Promise.all([
    findCampaign(code),
    getPublicCampaign(code).then(
      (view) => view.materials,
      () => [],
    ),
  ]);
  return { campaign, materials };
}

function EditCampaign({ code }: { code: string }) {
  const { state, reload } = useLoaded(() => loadForEdit(code));
  if (state.status === 'failed') {
    return <LoadFailed error={state.error} onRetry={reload} notFoundHint="请回到宣传活动列表重新选择。" />;
  }
  if (state.status !== 'ready') return <StatusPanel tone="loading" title="正在加载宣传活动" />;
  return <CampaignForm mode="edit" initial={draftOf(state.data.campaign)} knownMaterials={state.data.materials} />;
}
