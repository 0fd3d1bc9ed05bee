import { Text, View } from '@tarojs/components';
import type { EventTotals } from '@rights-outreach/shared';
import type { AsyncState } from '../../../hooks/useAsync';
import { Section } from '../../../components/form/Section';

interface TotalsCardProps {
  available: boolean;
  state: AsyncState<EventTotals>;
}

const figures: { key: keyof Omit<EventTotals, 'eventId'>; label: string; unit: string }[] = [
  { key: 'views', label: '浏览', unit: '人次' },
  { key: 'visitors', label: '触达', unit: '人' },
  { key: 'checkins', label: '现场签到', unit: '人' },
];

/** What the event's QR code brought: 浏览 (views), 触达 (distinct visitors), 现场签到. */
export function TotalsCard({ available, state }: TotalsCardProps) {
  const note = !available
    ? '活动同步后开始统计'
    : state.status === 'failed'
      ? state.error.code === 'NETWORK_UNAVAILABLE'
        ? '联网后查看'
        : state.error.userMessage
      : undefined;
  return (
    <Section title='扫码数据' extra={note}>
      <View className='totals'>
        {figures.map(({ key, label, unit }) => (
          <View key={key} className='totals__item'>
            <Text className='totals__value'>{state.status === 'ready' ? state.data[key] : '—'}</Text>
            <Text className='totals__label'>
              {label}（{unit}）
            </Text>
          </View>
        ))}
      </View>
    </Section>
  );
}
