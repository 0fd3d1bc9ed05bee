import { Text } from '@tarojs/components';
import type { CampaignReport, DayReportRow } from '@rights-outreach/shared';
import { DataTable } from '../../../components/desk/DataTable';
import { Section } from '../../../components/form/Section';
import { Chart } from '../../components/Chart';
import { barChart } from '../../charts/barChart';
import { lineChart } from '../../charts/lineChart';
import { dailySeries, shortDay } from '../../logic/chartData';
import { formatExact } from '../../logic/figures';

/** 每日趋势: views and reach per day where kept (else events per day), every day of the campaign. */
export function DailySection({ report }: { report: CampaignReport }) {
  const days = report.breakdowns.days;
  const online = days.some((day) => day.metrics !== null);
  const points = dailySeries(days);
  const spec = online ? lineChart(points) : barChart(points.map((point) => ({ label: point.x, value: point.value })));
  const num = (value: number | undefined) => <Text className='report__num'>{value === undefined ? '—' : formatExact(value)}</Text>;
  return (
    <Section title='每日趋势' id='report-daily' hint='按北京时间计日。每日触达人数为当日去重人数，相加会大于活动期间的触达人数。'>
      {days.length > 0 ? <Chart id='chart-daily' label={online ? '每日浏览量与触达人数折线图' : '每日活动场次柱状图'} spec={spec} height={online ? 13 : Math.max(8, days.length * 1.5 + 3)} /> : null}
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
        rows={days}
        rowKey={(day) => day.key}
        empty='暂无数据'
      />
    </Section>
  );
}
