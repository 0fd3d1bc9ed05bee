import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import { getOutbox } from '../../offline';
import { OutboxError } from '../../offline/errors';
import type { LocalEvent } from '../../offline/localView';
import { backToEvents } from '../navigation';

function tell(message: string): void {
  void Taro.showToast({ title: message, icon: 'none', duration: 2500 }).catch(() => undefined);
}

async function confirm(title: string, content: string, confirmText: string): Promise<boolean> {
  const answer = await Taro.showModal({ title, content, confirmText, cancelText: '取消', confirmColor: '#b3321d' }).catch(() => ({
    confirm: false,
  }));
  return answer.confirm;
}

/** Delete, retry and discard for one event; each asks first when it cannot be undone. */
export function useEventActions(event: LocalEvent | null) {
  const remove = useCallback(async () => {
    if (!event || !(await confirm('删除活动', `确定删除“${event.title}”？删除后不再计入统计。`, '删除'))) return;
    try {
      getOutbox().enqueueDelete(event.id);
    } catch (failure) {
      tell(failure instanceof OutboxError ? failure.userMessage : '删除失败，请重试');
      return;
    }
    tell('已删除，联网后自动同步');
    backToEvents();
  }, [event]);

  const retry = useCallback(() => {
    const recordId = event?.sync?.failedRecordId;
    if (!recordId) return;
    try {
      void getOutbox().retry(recordId);
    } catch (failure) {
      tell(failure instanceof OutboxError ? failure.userMessage : '重试失败');
    }
  }, [event]);

  const discard = useCallback(async () => {
    const recordId = event?.sync?.failedRecordId;
    if (!event || !recordId) return;
    if (!(await confirm('放弃这条记录', '放弃后，这条未同步的内容将从手机上删除，无法恢复。', '放弃'))) return;
    try {
      const dropped = getOutbox().discard(recordId);
      tell('已放弃');
      if (dropped.some((record) => record.kind === 'create')) backToEvents();
    } catch (failure) {
      tell(failure instanceof OutboxError ? failure.userMessage : '操作失败');
    }
  }, [event]);

  return { remove, retry, discard };
}
