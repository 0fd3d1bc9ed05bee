import { Text } from '@tarojs/components';
import { type CampaignReport, formatWan, onlinePlatformLabels, onlinePlatforms, type OnlinePlatform } from '@rights-outreach/shared';
import { DataTable } from '../../../components/desk/DataTable';
import { Section } from '../../../components/form/Section';
import { FigureGrid } from '../../components/FigureGrid';
import { formatExact } from '../../logic/figures';

interface PlatformRow {
  platform: OnlinePlatform;
  events: number;
  viewersReported: number;
}

/**
 * 服务客户量 with its three parts, 线上活动 (online events and the platforms' reported viewers),
 * and the scope's counters and sales workplaces (docs/metrics.md).
 */
export function OutreachSection({ report }: { report: CampaignReport }) {
  const { customersServed, onlineActivities, workplaces, offline } = report;
  const platformRows: PlatformRow[] = onlinePlatforms
    .map((platform) => ({ platform, ...onlineActivities.byPlatform[platform] }))
    .filter((row) => row.events > 0);
  return (
    <Section
      title="服务客户量与线上活动"
      id="report-outreach"
      hint="服务客户量 = 线上触达人数（扫码统计，精确去重）+ 线下现场参与人数（员工填报）+ 线上活动平台报告观看人数（员工填报）。"
    >
      <FigureGrid
        figures={[
          {
            label: '服务客户量（人）',
            value: formatWan(customersServed.total),
            note: `触达 ${formatExact(customersServed.visitors)} + 现场 ${formatExact(customersServed.attendanceReported)} + 平台观看 ${formatExact(customersServed.viewersReported)}`,
          },
          { label: '线下活动（场）', value: formatWan(offline.events - onlineActivities.events) },
          { label: '线上活动（场）', value: formatWan(onlineActivities.events) },
          { label: '平台报告观看人数', value: formatWan(onlineActivities.viewersReported) },
          {
            label: '所辖营业柜面（个）',
            value: formatWan(workplaces.counters),
            note: `柜面宣传展区 ${workplaces.counterDisplayAreas} 个（${workplaces.countersWithDisplayAreas} 个柜面）`,
          },
          {
            label: '所辖营销职场（个）',
            value: formatWan(workplaces.salesWorkplaces),
            note: `已培训 ${workplaces.trainedWorkplaces} 个 · 职场培训 ${workplaces.workplaceTrainings} 场`,
          },
        ]}
      />
      <Text className="report__subtitle">线上活动平台</Text>
      <DataTable<PlatformRow>
        columns={[
          { title: '平台', render: (row) => <Text>{onlinePlatformLabels[row.platform]}</Text> },
          { title: '线上活动场次', render: (row) => <Text className="report__num">{formatExact(row.events)}</Text> },
          { title: '平台报告观看人数', render: (row) => <Text className="report__num">{formatExact(row.viewersReported)}</Text> },
        ]}
        rows={platformRows}
        rowKey={(row) => row.platform}
        empty="暂无线上活动"
      />
    </Section>
  );
}
