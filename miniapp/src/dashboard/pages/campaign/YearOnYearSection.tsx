import { Text } from '@tarojs/components';
import type { CampaignReport, YearOnYearRow } from '@rights-outreach/shared';
import { DataTable } from '../../../components/desk/DataTable';
import { Section } from '../../../components/form/Section';
import { formatDateRange } from '../../../utils/formatDateRange';
import { changeTone, formatChange, formatExact } from '../../logic/figures';

/** 同比: this campaign against last year's of the same type, for the same unit. */
export function YearOnYearSection({ report }: { report: CampaignReport }) {
  const { previous, rows } = report.yearOnYear;
  return (
    <Section
      title="同比"
      id="report-yoy"
      hint={
        previous
          ? `对比：${previous.name}（${formatDateRange(previous.startDate, previous.endDate)}）`
          : '去年没有同类宣传活动，无法计算同比。'
      }
    >
      {previous ? (
        <DataTable<YearOnYearRow>
          columns={[
            { title: '指标', render: (row) => <Text>{row.label}</Text>, grow: 1.6, wide: true },
            { title: '本期', render: (row) => <Text className="report__num">{formatExact(row.current)}</Text> },
            { title: '去年同期', render: (row) => <Text className="report__num">{formatExact(row.previous)}</Text> },
            {
              title: '同比',
              render: (row) => (
                <Text className={`report__num report__change--${changeTone(row.changePercent)}`}>{formatChange(row.changePercent)}</Text>
              ),
            },
          ]}
          rows={rows}
          rowKey={(row) => row.figure}
          empty="暂无数据"
        />
      ) : null}
    </Section>
  );
}
