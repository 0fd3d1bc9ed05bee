import { materialKinds, type AdminMaterialView, type MaterialKind, type MaterialStatus } from '@rights-outreach/shared';
import type { ApiError } from '../../services/ApiError';
import type { BadgeTone } from '../../components/desk/StatusBadge';

/** Badge colours: published green, a draft blue, unpublished grey. */
export const materialStatusTones: Record<MaterialStatus, BadgeTone> = { draft: 'info', published: 'good', unpublished: 'muted' };

type View = Pick<AdminMaterialView, 'status' | 'hasUnpublishedChanges' | 'published'>;

/** What consumers see of a material, e.g. 第 2 版; 未发布 before the first publication. */
export function versionLabel(view: View): string {
  return view.published ? `第 ${view.published.version} 版` : '未发布';
}

/** The number the draft gets when published. */
export function nextVersion(view: View): number {
  return (view.published?.version ?? 0) + 1;
}

/**
 * The publish button of a material, or null when there is nothing to publish (a published
 * material whose draft is unchanged). An unpublished material is put back with 重新上架.
 */
export function publishButton(view: View): string | null {
  if (view.status === 'unpublished') return '重新上架';
  if (view.status === 'published' && !view.hasUnpublishedChanges) return null;
  return '发布';
}

export interface Prompt {
  title: string;
  content: string;
  confirmText: string;
}

const immutability = '已发布的版本不能再修改：之后的修改先保存为草稿，再次发布时成为下一版。';

/** The question asked before publishing: what consumers will see, and that a version cannot be changed. */
export function publishPrompt(view: View): Prompt {
  const next = nextVersion(view);
  if (view.status === 'unpublished') {
    return view.hasUnpublishedChanges
      ? { title: '重新上架', content: `将把当前草稿发布为第 ${next} 版，消费者可以再次看到这份资料。${immutability}`, confirmText: '上架' }
      : { title: '重新上架', content: `消费者可以再次看到这份资料（${versionLabel(view)}）。`, confirmText: '上架' };
  }
  const audience = view.published
    ? `消费者看到的内容将从第 ${view.published.version} 版更新为第 ${next} 版。`
    : '发布后消费者即可看到这份资料。';
  return { title: `发布第 ${next} 版`, content: `${audience}${immutability}`, confirmText: '发布' };
}

/** The question asked before unpublishing. */
export const unpublishPrompt: Prompt = {
  title: '下架资料',
  content: '下架后宣传页不再展示这份资料，已分享的链接也打不开；已统计的浏览等数据保留。可以随时重新上架。',
  confirmText: '下架',
};

/** What to tell the admin after publishing succeeded. */
export function publishedMessage(view: View): string {
  return view.published ? `已发布，消费者现在看到第 ${view.published.version} 版` : '已发布';
}

/** Materials in the two groups admin manages, each in the order the API sent. */
export function groupByKind<V extends { kind: MaterialKind }>(views: readonly V[]): { kind: MaterialKind; items: V[] }[] {
  return materialKinds.map((kind) => ({ kind, items: views.filter((view) => view.kind === kind) }));
}

/** Why a publish or unpublish failed: a concurrent publication is explained, anything else is the API's message. */
export function actionFailureMessage(error: Pick<ApiError, 'code' | 'userMessage'>): string {
  return error.code === 'IDEMPOTENCY_CONFLICT' ? '其他管理员刚刚发布了这份资料，已刷新为最新状态，请核对后再操作。' : error.userMessage;
}
