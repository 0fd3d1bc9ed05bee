import { Text, View } from '@tarojs/components';
import type { EventSync } from '../../../offline/localView';
import { ActionButton } from '../../../components/form/ActionButton';

interface SyncNoticeProps {
  sync: EventSync;
  onRetry: () => void;
  onEdit: () => void;
  onDiscard: () => void;
}

/** This event's changes are still on the phone; refused ones say why and what can be done. */
export function SyncNotice({ sync, onRetry, onEdit, onDiscard }: SyncNoticeProps) {
  if (sync.state !== 'failed') {
    return (
      <View className="sync-notice">
        <Text className="sync-notice__title">{sync.state === 'sending' ? '同步中…' : '待同步'}</Text>
        <Text className="sync-notice__text">已保存在本机，联网后自动同步，无需重复提交。</Text>
      </View>
    );
  }
  return (
    <View className="sync-notice sync-notice--failed">
      <Text className="sync-notice__title">同步失败</Text>
      <Text className="sync-notice__text">{sync.message ?? '服务器未接受这条记录'}</Text>
      <Text className="sync-notice__text">记录仍保存在本机：可修改后重新提交、直接重试，或放弃这条记录。</Text>
      <View className="sync-notice__actions">
        <ActionButton text="修改" size="small" onClick={onEdit} />
        <ActionButton text="重试" variant="secondary" size="small" onClick={onRetry} />
        <ActionButton text="放弃" variant="danger" size="small" onClick={onDiscard} />
      </View>
    </View>
  );
}
