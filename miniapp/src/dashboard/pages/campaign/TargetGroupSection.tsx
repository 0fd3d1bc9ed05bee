import { Text } from '@tarojs/components';
import type { CampaignReport, TargetGroupReportRow } from '@rights-outreach/shared';
import { DataTable } from '../../../components/desk/DataTable';
import { Section } from '../../../components/form/Section';
import { Chart } from '../../components/Chart';
import { barChart } from '../../charts/barChart';
import { targetGroupBars } from '../../logic/chartData';
import { formatExact } from '../../logic/figures';

/** 按重点人群: events that named each group and, where kept, their online figures. */
export function TargetGroupSection({ report }: { report: CampaignReport }) {
  const rows = report.breakdowns.targetGroups;
  const online = rows.some((row) => row.metrics !== null);
  const num = (value: number | undefined) => <Text className="report__num">{value === undefined ? '—' : formatExact(value)}</Text>;
  return (
    <Section title="按重点人群" id="report-target-groups" hint="一场活动可面向多个人群，各人群场次之和可能大于活动总场次。">
      {rows.length > 0 ? <Text className="report__subtitle">各重点人群活动场次</Text> : null}
      {rows.length > 0 ? (
        <Chart
          id="chart-target-groups"
          label="各重点人群活动场次柱状图"
          spec={barChart(targetGroupBars(rows))}
          height={Math.max(8, rows.length * 1.8 + 3)}
        />
      ) : null}
      <DataTable<TargetGroupReportRow>
        columns={[
          { title: '重点人群', render: (row) => <Text>{row.label}</Text> },
          { title: '活动场次', render: (row) => num(row.events) },
          { title: '现场参与', render: (row) => num(row.attendanceReported) },
          ...(online
            ? [
                { title: '浏览量', render: (row: TargetGroupReportRow) => num(row.metrics?.views) },
                { title: '触达人数', render: (row: TargetGroupReportRow) => num(row.metrics?.visitors) },
              ]
            : []),
        ]}
        rows={rows}
        rowKey={(row) => row.key}
        empty="活动尚未登记重点人群。"
      />
    </Section>
  );
}
