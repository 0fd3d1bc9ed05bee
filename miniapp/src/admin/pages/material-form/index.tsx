import { useMemo, useState } from 'react';
import { materialKinds, type MaterialKind } from '@rights-outreach/shared';
import { StatusPanel } from '../../../components/StatusPanel';
import { useRouteQuery } from '../../../hooks/useRouteQuery';
import { findAdminMaterial } from '../../../services/adminMaterials';
import { AdminPage } from '../../components/AdminPage';
import { LoadFailed } from '../../../components/desk/LoadFailed';
import { useLoaded } from '../../../hooks/useLoaded';
import { MaterialForm } from './MaterialForm';
import { emptyMaterialDraft } from './materialDraft';
import './index.css';

const isKind = (value: string | undefined): value is MaterialKind => materialKinds.some((kind) => kind === value);

/** Create a material (`?kind=right|case` preselects its group), or edit one with `?id=<material id>`. */
export default function AdminMaterialFormPage() {
  const { id, kind } = useRouteQuery();
  // Once a new material is saved, this page edits it.
  const [created, setCreated] = useState('');
  const editing = id || created;
  return (
    <AdminPage title={editing ? '编辑资料' : '新建资料'} subtitle={editing ? `资料编号 ${editing}` : '保存为草稿，发布后消费者才能看到'}>
      {() => (id ? <EditMaterial id={id} /> : <NewMaterial kind={isKind(kind) ? kind : ''} onCreated={setCreated} />)}
    </AdminPage>
  );
}

function NewMaterial({ kind, onCreated }: { kind: MaterialKind | ''; onCreated: (id: string) => void }) {
  const initial = useMemo(() => emptyMaterialDraft(kind), [kind]);
  return <MaterialForm initial={initial} onCreated={onCreated} />;
}

function EditMaterial({ id }: { id: string }) {
  const { state, reload } = useLoaded(() => findAdminMaterial(id));
  if (state.status === 'failed') {
    return <LoadFailed error={state.error} onRetry={reload} notFoundHint="请回到资料列表重新选择。" />;
  }
  if (state.status !== 'ready') return <StatusPanel tone="loading" title="正在加载资料" />;
  return <MaterialForm saved={state.data} />;
}
