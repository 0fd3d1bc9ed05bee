import { Text, View } from '@tarojs/components';
import type { EventSync } from '../../../offline/localView';
import './index.css';

const labels: Record<EventSync['state'], string> = {
  pending: '待同步',
  sending: '同步中',
  failed: '同步失败',
};

/** Where an event's changes stand on this phone: 待同步 / 同步中 / 同步失败（原因）. */
export function SyncBadge({ sync, withReason = false }: { sync: EventSync; withReason?: boolean }) {
  return (
    <View className={`sync-badge sync-badge--${sync.state}`}>
      <Text className="sync-badge__label">{labels[sync.state]}</Text>
      {withReason && sync.state === 'failed' && sync.message ? <Text className="sync-badge__reason">（{sync.message}）</Text> : null}
    </View>
  );
}

/** The plain text of a badge, e.g. for lists and tests. */
export function syncLabel(sync: EventSync): string {
  return sync.state === 'failed' && sync.message ? `${labels.failed}（${sync.message}）` : labels[sync.state];
}
