import { Text } from '@tarojs/components';
import { eventTypeGroupLabels, formatWan, type CampaignReport, type EventTypeGroup } from '@rights-outreach/shared';
import { DataTable } from '../../../components/desk/DataTable';
import { Section } from '../../../components/form/Section';
import { Chart } from '../../components/Chart';
import { FigureGrid } from '../../components/FigureGrid';
import { barChart } from '../../charts/barChart';
import { eventTypeBars, type Bar } from '../../logic/chartData';
import { formatCoverage, formatExact, formatShare } from '../../logic/figures';

/** 线下活动: events by type (五进入, 自主特色, 内部培训), people on site, materials handed out, counters. */
export function OfflineSection({ report }: { report: CampaignReport }) {
  const { offline, online } = report;
  const bars = eventTypeBars(offline);
  const groups = Object.entries(offline.eventsByGroup) as [EventTypeGroup, number][];
  return (
    <Section title="线下活动" id="report-offline" hint="由一线员工登记的活动汇总（已删除的活动不计）。">
      <FigureGrid
        figures={[
          ...groups.map(([group, count]) => ({ label: `${eventTypeGroupLabels[group]}（场）`, value: formatWan(count) })),
          { label: '参与员工人数（人次）', value: formatWan(offline.staffParticipants) },
          { label: '现场参与人数（填报）', value: formatWan(offline.attendanceReported) },
          {
            label: '现场签到人数（扫码）',
            value: formatWan(online.checkins),
            note: `占填报人数 ${formatShare(online.checkins, offline.attendanceReported)}`,
          },
          { label: '覆盖人群（人次）', value: formatCoverage(offline.coverage) },
          {
            label: '发放宣传资料（份）',
            value: formatWan(offline.printed.total),
            note: `三折页 ${offline.printed.leaflets} · 彩页 ${offline.printed.colourPages} · 海报 ${offline.printed.posters} · 其他 ${offline.printed.other}`,
          },
          { label: '设置宣传展区（个）', value: formatWan(offline.displayAreas) },
          { label: '参与柜面（网点）数', value: formatWan(offline.countersInvolved) },
        ]}
      />
      <Text className="report__subtitle">各类活动场次</Text>
      <Chart id="chart-event-types" label="各类活动场次柱状图" spec={barChart(bars)} height={Math.max(10, bars.length * 1.5 + 3)} />
      <DataTable<Bar>
        columns={[
          { title: '类别', render: (bar) => <Text>{bar.group}</Text> },
          { title: '活动类型', render: (bar) => <Text>{bar.label}</Text> },
          { title: '场次', render: (bar) => <Text className="report__num">{formatExact(bar.value)}</Text> },
        ]}
        rows={bars}
        rowKey={(bar) => bar.label}
        empty="暂无活动"
      />
    </Section>
  );
}
