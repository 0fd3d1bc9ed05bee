import { useDidShow } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { AdminMaterialView } from '@rights-outreach/shared';
import { StatusPanel } from '../../../components/StatusPanel';
import { routes } from '../../../constants/routes';
import { listAdminMaterials, publishMaterial, unpublishMaterial } from '../../../services/adminMaterials';
import { ActionButton } from '../../../components/form/ActionButton';
import { Section } from '../../../components/form/Section';
import { AdminPage } from '../../components/AdminPage';
import { FormMessage } from '../../components/FormMessage';
import { LoadFailed } from '../../../components/desk/LoadFailed';
import { useLoaded } from '../../../hooks/useLoaded';
import { useSubmit } from '../../hooks/useSubmit';
import { openPage } from '../../navigation';
import { confirmAction } from '../../utils/confirm';
import { materialKindGroupLabels } from '../../utils/materialLabels';
import { actionFailureMessage, groupByKind, publishedMessage, publishPrompt, unpublishPrompt } from '../../utils/materialStatus';
import { MaterialTable } from './MaterialTable';
import './index.css';

/** 资料管理: the eight rights and the case studies, each with its status, version and actions. */
export default function AdminMaterialsPage() {
  return (
    <AdminPage title="资料管理" subtitle="八大权益与以案说险：编辑草稿、发布新版本、下架">
      {() => <MaterialsBody />}
    </AdminPage>
  );
}

function MaterialsBody() {
  const { state, reload, update } = useLoaded(listAdminMaterials);
  const submit = useSubmit();
  const [done, setDone] = useState('');
  // Coming back from the material form: show what was just saved.
  const shownBefore = useRef(false);
  useDidShow(() => {
    if (shownBefore.current) reload();
    shownBefore.current = true;
  });

  if (state.status === 'failed') {
    return <LoadFailed error={state.error} onRetry={reload} />;
  }
  if (state.status !== 'ready') return <StatusPanel tone="loading" title="正在加载宣传资料" />;

  const put = (changed: AdminMaterialView) => update((list) => list.map((m) => (m.id === changed.id ? changed : m)));

  const act = async (material: AdminMaterialView, publishing: boolean) => {
    setDone('');
    const prompt = publishing ? publishPrompt(material) : unpublishPrompt;
    if (!(await confirmAction(prompt.title, `“${material.draft.title}”：${prompt.content}`, prompt.confirmText))) return;
    const result = await submit.run(() => (publishing ? publishMaterial(material.id) : unpublishMaterial(material.id)));
    if (!result) return;
    if (result.ok) {
      put(result.value);
      setDone(`“${result.value.draft.title}”${publishing ? publishedMessage(result.value) : '已下架'}`);
    } else if (result.error.code === 'IDEMPOTENCY_CONFLICT') {
      reload();
    }
  };

  const newMaterial = (kind: string) => openPage(routes.adminMaterialForm, `?kind=${kind}`);
  return (
    <View>
      <FormMessage tone="success" text={done} />
      <FormMessage tone="error" text={submit.error ? actionFailureMessage(submit.error) : null} />
      {groupByKind(state.data).map(({ kind, items }) => (
        <Section
          key={kind}
          id={`materials-${kind}`}
          title={`${materialKindGroupLabels[kind]}（${items.length}）`}
          hint={kind === 'right' ? '宣传页只展示“已发布”的版本；修改先保存为草稿，发布后成为新的一版。' : undefined}
          extra={<ActionButton size="small" text="新建资料" onClick={() => newMaterial(kind)} />}
        >
          <MaterialTable
            materials={items}
            busy={submit.submitting}
            onPublish={(m) => void act(m, true)}
            onUnpublish={(m) => void act(m, false)}
            empty={`还没有${materialKindGroupLabels[kind]}资料，点击“新建资料”开始。`}
          />
        </Section>
      ))}
    </View>
  );
}
