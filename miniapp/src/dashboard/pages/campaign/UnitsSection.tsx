import { Text } from '@tarojs/components';
import { orgLevelLabels, type CampaignReport, type UnitReportRow } from '@rights-outreach/shared';
import { DataTable } from '../../../components/desk/DataTable';
import { Section } from '../../../components/form/Section';
import { Chart } from '../../components/Chart';
import { barChart } from '../../charts/barChart';
import { unitBars } from '../../logic/chartData';
import { drillDownUrl } from '../../logic/drillDown';
import { formatExact } from '../../logic/figures';
import { openUnitReport } from '../../navigation';
import { keyboardPressable } from '../../../utils/keyboardPressable';

/** 按机构: the units right below the scope; one with units below it opens the same page for itself. */
export function UnitsSection({ report }: { report: CampaignReport }) {
  const rows = report.breakdowns.units;
  const bars = unitBars(rows, (row) => row.metrics.views);
  const num = (value: number) => <Text className="report__num">{formatExact(value)}</Text>;
  return (
    <Section
      title="按机构"
      id="report-units"
      hint={rows.some((row) => row.hasChildren) ? '点击带 › 的机构查看其下级机构的数据。' : undefined}
    >
      {rows.length > 0 ? <Text className="report__subtitle">各机构浏览量（人次）</Text> : null}
      {rows.length > 0 ? (
        <Chart id="chart-units" label="各机构浏览量柱状图" spec={barChart(bars)} height={Math.max(8, bars.length * 1.8 + 3)} />
      ) : null}
      <DataTable<UnitReportRow>
        columns={[
          {
            title: '机构',
            grow: 2,
            wide: true,
            render: (row) => {
              const url = drillDownUrl(report.campaign.code, row);
              return url ? (
                <Text
                  className="report__unit-link"
                  id={`unit-${row.unitId}`}
                  onClick={() => openUnitReport(url)}
                  {...keyboardPressable(() => openUnitReport(url), true, 'link')}
                >
                  {row.name} ›
                </Text>
              ) : (
                <Text>
                  {row.name}
                  <Text className="report__muted">（{orgLevelLabels[row.level]}）</Text>
                </Text>
              );
            },
          },
          { title: '活动场次', render: (row) => num(row.offline.events) },
          { title: '现场参与', render: (row) => num(row.offline.attendanceReported) },
          { title: '现场签到', render: (row) => num(row.metrics.checkins) },
          { title: '浏览量', render: (row) => num(row.metrics.views) },
          { title: '触达人数', render: (row) => num(row.metrics.visitors) },
        ]}
        rows={rows}
        rowKey={(row) => row.unitId}
        empty="本机构没有下级机构。"
      />
    </Section>
  );
}
