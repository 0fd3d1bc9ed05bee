import { Text, View } from '@tarojs/components';
import type { CampaignReport } from '@rights-outreach/shared';
import { ActionButton } from '../../../components/form/ActionButton';
import { Section } from '../../../components/form/Section';
import { useReportExport } from '../../hooks/useReportExport';
import { exportFormatLabels, exportFormatsFor } from '../../logic/exportFile';

const formats = exportFormatsFor(process.env.TARO_ENV);

/** 导出: the same figures as a spreadsheet (a summary sheet and one sheet per breakdown), or csv in a browser. */
export function ExportSection({ report }: { report: CampaignReport }) {
  const { busy, error, exportAs } = useReportExport(report);
  return (
    <Section title="导出数据" id="report-export" hint={`导出 ${report.scope.name}的全部数据：汇总表，以及按机构、渠道、资料、日期等分表。`}>
      <View className="report__actions">
        {formats.map((format) => (
          <ActionButton
            key={format}
            text={exportFormatLabels[format]}
            variant={format === 'xlsx' ? 'primary' : 'secondary'}
            loading={busy === format}
            disabled={busy !== null && busy !== format}
            onClick={() => void exportAs(format)}
            className={`report__export-${format}`}
          />
        ))}
      </View>
      {error ? <Text className="report__error">{error}</Text> : null}
    </Section>
  );
}
