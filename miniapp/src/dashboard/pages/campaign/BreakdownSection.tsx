import { Text } from '@tarojs/components';
import type { BreakdownRow } from '@rights-outreach/shared';
import { DataTable } from '../../../components/desk/DataTable';
import { Section } from '../../../components/form/Section';
import { Chart } from '../../components/Chart';
import { barChart } from '../../charts/barChart';
import { metricBars } from '../../logic/chartData';
import { formatExact } from '../../logic/figures';

interface BreakdownSectionProps {
  id: string;
  title: string;
  /** Column title of the row's name: 渠道, 来源, 资料. */
  nameTitle: string;
  rows: readonly BreakdownRow[];
}

/** One online breakdown (channel, source or material): views per row as bars, every figure in the table. */
export function BreakdownSection({ id, title, nameTitle, rows }: BreakdownSectionProps) {
  const bars = metricBars(rows, 'views');
  const num = (value: number) => <Text className="report__num">{formatExact(value)}</Text>;
  return (
    <Section title={title} id={`report-${id}`}>
      {rows.length > 0 ? <Text className="report__subtitle">浏览量（人次），前 10 位</Text> : null}
      {rows.length > 0 ? (
        <Chart id={`chart-${id}`} label={`${title}浏览量柱状图`} spec={barChart(bars)} height={Math.max(8, bars.length * 1.8 + 3)} />
      ) : null}
      <DataTable<BreakdownRow>
        columns={[
          { title: nameTitle, render: (row) => <Text>{row.label}</Text>, grow: 2, wide: true },
          { title: '浏览量', render: (row) => num(row.metrics.views) },
          { title: '触达人数', render: (row) => num(row.metrics.visitors) },
          { title: '视频观看', render: (row) => num(row.metrics.videoPlays) },
          { title: '视频完播', render: (row) => num(row.metrics.videoCompletions) },
          { title: '分享带来的打开', render: (row) => num(row.metrics.shareOpens) },
        ]}
        rows={rows}
        rowKey={(row) => row.key}
        empty="暂无数据"
      />
    </Section>
  );
}
