import { Text, View } from '@tarojs/components';
import { materialStatusLabels, type AdminMaterialView } from '@rights-outreach/shared';
import { routes } from '../../../constants/routes';
import { formatEventTime } from '../../../utils/formatEventTime';
import { ActionButton } from '../../../components/form/ActionButton';
import { DataTable, type Column } from '../../../components/desk/DataTable';
import { StatusBadge } from '../../../components/desk/StatusBadge';
import { openPage } from '../../navigation';
import { materialFormatLabels, materialOriginLabels } from '../../utils/materialLabels';
import { materialStatusTones, publishButton, versionLabel } from '../../utils/materialStatus';

/** `2027-03-10 10:00` (Beijing time), short enough for a table cell. */
/** `2026年12月2日 11:30`, Beijing time, as every other time in the app. */
const publishedAt = (iso: string): string => formatEventTime(iso);

interface MaterialTableProps {
  materials: AdminMaterialView[];
  /** A publish or unpublish is under way: the row buttons wait. */
  busy: boolean;
  onPublish: (material: AdminMaterialView) => void;
  onUnpublish: (material: AdminMaterialView) => void;
  empty: string;
}

/** 状态, 标题 with its id and format, 线上版本, and the edit / publish / unpublish actions per material. */
export function MaterialTable({ materials, busy, onPublish, onUnpublish, empty }: MaterialTableProps) {
  const columns: Column<AdminMaterialView>[] = [
    {
      title: '状态',
      render: (m) => (
        <View className="materials__badges">
          <StatusBadge tone={materialStatusTones[m.status]} text={materialStatusLabels[m.status]} />
          {m.published && m.hasUnpublishedChanges ? <StatusBadge tone="warn" text="有未发布的修改" /> : null}
        </View>
      ),
      grow: 0.9,
    },
    {
      title: '标题',
      render: (m) => (
        <View>
          <Text className="materials__title">{m.draft.title}</Text>
          <Text className="materials__meta">
            {materialFormatLabels[m.draft.format]} · {materialOriginLabels[m.draft.origin.kind]}
            {m.draft.origin.kind === 'reposted' ? `（${m.draft.origin.from}）` : ''} · 编号 {m.id}
          </Text>
          {m.published && m.published.title !== m.draft.title ? (
            <Text className="materials__meta">线上标题：{m.published.title}</Text>
          ) : null}
        </View>
      ),
      grow: 2.4,
      wide: true,
    },
    {
      title: '线上版本',
      render: (m) => (
        <View>
          <Text className="materials__version">{versionLabel(m)}</Text>
          {m.published ? <Text className="materials__meta">{publishedAt(m.published.publishedAt)} 发布</Text> : null}
        </View>
      ),
      grow: 1.2,
    },
    {
      title: '操作',
      render: (m) => {
        const publishText = publishButton(m);
        return (
          <View className="materials__actions">
            <ActionButton
              size="small"
              variant="secondary"
              text="编辑"
              onClick={() => openPage(routes.adminMaterialForm, `?id=${encodeURIComponent(m.id)}`)}
            />
            {publishText ? <ActionButton size="small" text={publishText} disabled={busy} onClick={() => onPublish(m)} /> : null}
            {m.status === 'published' ? (
              <ActionButton size="small" variant="quiet" text="下架" disabled={busy} onClick={() => onUnpublish(m)} />
            ) : null}
          </View>
        );
      },
      grow: 1.7,
    },
  ];
  return <DataTable columns={columns} rows={materials} rowKey={(m) => m.id} empty={empty} />;
}
