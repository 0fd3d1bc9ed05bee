import { Text, View } from '@tarojs/components';
import type { EventTotals, MetricName } from '@rights-outreach/shared';
import type { AsyncState } from '../../../hooks/useAsync';
import { Section } from '../../../components/form/Section';

interface TotalsCardProps {
  available: boolean;
  state: AsyncState<EventTotals>;
}

interface Figure {
  key: MetricName;
  label: string;
  unit: string;
}

// Two rows: what the QR code brought on site, then what sharing brought; five in one row do not fit large fonts.
const figureRows: Figure[][] = [
  [
    { key: 'views', label: '浏览量', unit: '人次' },
    { key: 'visitors', label: '触达人数', unit: '人' },
    { key: 'checkins', label: '现场签到', unit: '人' },
  ],
  [
    { key: 'shareTaps', label: '分享次数', unit: '次' },
    { key: 'shareOpens', label: '分享带来的打开', unit: '人次' },
  ],
];

/** What the event's QR code brought: 浏览量, 触达人数, 现场签到, and what sharing its pages brought. */
export function TotalsCard({ available, state }: TotalsCardProps) {
  const note = !available
    ? '活动同步后开始统计'
    : state.status === 'failed'
      ? state.error.code === 'NETWORK_UNAVAILABLE'
        ? '联网后查看'
        : state.error.userMessage
      : undefined;
  return (
    <Section title="扫码数据" extra={note}>
      {figureRows.map((row, index) => (
        <View key={index} className="totals">
          {row.map(({ key, label, unit }) => (
            <View key={key} className="totals__item">
              <Text className="totals__value">{state.status === 'ready' ? state.data.totals[key] : '—'}</Text>
              <Text className="totals__label">
                {label}（{unit}）
              </Text>
            </View>
          ))}
        </View>
      ))}
    </Section>
  );
}
