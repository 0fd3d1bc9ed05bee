import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { type CampaignReport, exportFileName } from '@rights-outreach/shared';
import { toApiError } from '../../services/ApiError';
import { reportExportPath } from '../../services/reports';
import { saveExport } from '../export/saveExport';
import type { ExportFormat } from '../logic/exportFile';

/**
 * Exports the report on screen (same campaign and unit) as .xlsx or .csv: a download in a
 * browser, the opened spreadsheet in WeChat. One export at a time; a failure says why.
 */
export function useReportExport(report: CampaignReport) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const exportAs = useCallback(
    async (format: ExportFormat) => {
      if (busy) return;
      setBusy(format);
      setError(null);
      try {
        await saveExport(reportExportPath(report.campaign.code, format, report.scope.unitId), exportFileName(report, format));
        void Taro.showToast({ title: '已导出', icon: 'success' }).catch(() => undefined);
      } catch (failure) {
        setError(`导出失败：${toApiError(failure).userMessage}`);
      } finally {
        setBusy(null);
      }
    },
    [busy, report],
  );

  return { busy, error, exportAs };
}
