import { Text } from '@tarojs/components';
import { shanghaiDate, type CampaignReport, type DayReportRow } from '@rights-outreach/shared';
import { DataTable } from '../../../components/desk/DataTable';
import { Section } from '../../../components/form/Section';
import { Chart } from '../../components/Chart';
import { barChart } from '../../charts/barChart';
import { lineChart } from '../../charts/lineChart';
import { dailySeries, shortDay } from '../../logic/chartData';
import { formatExact } from '../../logic/figures';

/** A day with something to show: an event, or anything counted. */
const isActive = (day: DayReportRow) => day.events > 0 || Boolean(day.metrics && (day.metrics.views > 0 || day.metrics.checkins > 0));

/**
 * 每日趋势: views and reach per day where kept (a line over every day of the campaign), else
 * events per day; the table lists the days with activity (a year-long campaign has 365 rows
 * in the export, not on the page).
 */
export function DailySection({ report }: { report: CampaignReport }) {
  const days = report.breakdowns.days;
  const active = days.filter(isActive);
  const online = days.some((day) => day.metrics !== null);
  // The days up to when the figures were read: later ones have nothing yet, not nothing.
  const spec = online
    ? lineChart(dailySeries(days, shanghaiDate(new Date(report.generatedAt))))
    : barChart(dailySeries(active).map((point) => ({ label: point.x, value: point.value })));
  const num = (value: number | undefined) => <Text className="report__num">{value === undefined ? '—' : formatExact(value)}</Text>;
  return (
    <Section
      title="每日趋势"
      id="report-daily"
      hint="按北京时间计日，表中列出有活动或浏览的日期（每日完整数据见导出）。每日触达人数为当日去重人数，相加会大于活动期间的触达人数。"
    >
      {active.length > 0 ? (
        <Chart
          id="chart-daily"
          label={online ? '每日浏览量与触达人数折线图' : '每日活动场次柱状图'}
          spec={spec}
          height={online ? 13 : Math.max(8, active.length * 1.5 + 3)}
        />
      ) : null}
      <DataTable<DayReportRow>
        columns={[
          { title: '日期', render: (day) => <Text>{shortDay(day.key)}</Text> },
          { title: '活动场次', render: (day) => num(day.events) },
          ...(online
            ? [
                { title: '浏览量', render: (day: DayReportRow) => num(day.metrics?.views) },
                { title: '触达人数', render: (day: DayReportRow) => num(day.metrics?.visitors) },
                { title: '现场签到', render: (day: DayReportRow) => num(day.metrics?.checkins) },
              ]
            : []),
        ]}
        rows={active}
        rowKey={(day) => day.key}
        empty="活动期间暂无活动和浏览。"
      />
    </Section>
  );
}
