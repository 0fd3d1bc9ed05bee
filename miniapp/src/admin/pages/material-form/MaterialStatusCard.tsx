import { Text, View } from '@tarojs/components';
import { materialStatusLabels, type AdminMaterialView } from '@rights-outreach/shared';
import { formatEventTime } from '../../../utils/formatEventTime';
import { Section } from '../../../components/form/Section';
import { StatusBadge } from '../../../components/desk/StatusBadge';
import { materialStatusTones, nextVersion, versionLabel } from '../../utils/materialStatus';

/** What consumers see of this material now, and what publishing the draft would change. */
function explanation(view: AdminMaterialView): string {
  const next = nextVersion(view);
  if (view.status === 'draft') return '尚未发布，消费者看不到这份资料。保存草稿后可以发布为第 1 版。';
  if (view.status === 'unpublished')
    return `已下架，消费者看不到这份资料。重新上架后消费者将看到${view.hasUnpublishedChanges ? `第 ${next} 版（当前草稿）` : versionLabel(view)}。`;
  return view.hasUnpublishedChanges
    ? `消费者看到的是${versionLabel(view)}；草稿有未发布的修改，发布后成为第 ${next} 版。`
    : `消费者看到的是${versionLabel(view)}，与草稿相同。在下面修改并保存后，发布即成为第 ${next} 版。`;
}

/** When the published version went out, and who touched the material last. */
function meta(view: AdminMaterialView): string {
  const parts: string[] = [];
  if (view.published) parts.push(`${versionLabel(view)}于 ${formatEventTime(view.published.publishedAt)} 发布`);
  if (view.updatedAt) parts.push(`最近操作：${operatorLabel(view.updatedBy)}（${formatEventTime(view.updatedAt)}）`);
  return parts.join('；');
}

/** The material's status, version and unpublished changes, above its form. */
export function MaterialStatusCard({ view }: { view: AdminMaterialView }) {
  return (
    <Section title="发布状态" id="material-status">
      <View className="material-form__status">
        <StatusBadge tone={materialStatusTones[view.status]} text={materialStatusLabels[view.status]} />
        {view.published ? <StatusBadge tone="info" text={versionLabel(view)} /> : null}
        {view.published && view.hasUnpublishedChanges ? <StatusBadge tone="warn" text="有未发布的修改" /> : null}
      </View>
      <Text className="material-form__status-text">{explanation(view)}</Text>
      <Text className="material-form__status-meta">{meta(view)}</Text>
    </Section>
  );
}

/** Who last changed a material: the built-in catalogue's seed says so in words, an account by its 工号. */
function operatorLabel(by: string): string {
  return by === 'catalogue' ? '系统内置资料' : `工号 ${by}`;
}
