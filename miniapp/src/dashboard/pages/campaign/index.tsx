import { Text, View } from '@tarojs/components';
import type { CampaignReport } from '@rights-outreach/shared';
import { LoadFailed } from '../../../components/desk/LoadFailed';
import { Section } from '../../../components/form/Section';
import { StatusPanel } from '../../../components/StatusPanel';
import { useLoaded } from '../../../hooks/useLoaded';
import { usePageTitle } from '../../../hooks/usePageTitle';
import { useRouteQuery } from '../../../hooks/useRouteQuery';
import { getCampaignReport } from '../../../services/reports';
import { DashboardPage, noAccessHint } from '../../components/DashboardPage';
import { BreakdownSection } from './BreakdownSection';
import { DailySection } from './DailySection';
import { ExportSection } from './ExportSection';
import { FlagsSection } from './FlagsSection';
import { HeadlineSection } from './HeadlineSection';
import { OfflineSection } from './OfflineSection';
import { OnlineSection } from './OnlineSection';
import { OutreachSection } from './OutreachSection';
import { ParagraphSection } from './ParagraphSection';
import { ReportHeading } from './ReportHeading';
import { ReportedSection } from './ReportedSection';
import { TargetGroupSection } from './TargetGroupSection';
import { UnitsSection } from './UnitsSection';
import { YearOnYearSection } from './YearOnYearSection';
import './index.css';

/** One campaign's figures for one unit (`?code=&unit=`; no unit: the user's own), drilled down the org tree. */
export default function DashboardCampaignPage() {
  const { code, unit } = useRouteQuery();
  return (
    <DashboardPage title="宣传活动数据" subtitle="线下活动、线上传播、分机构与渠道、同比与主要成效">
      {() => (code ? <ReportBody code={code} unitId={unit || undefined} /> : <StatusPanel tone="error" title="链接缺少宣传活动编号" />)}
    </DashboardPage>
  );
}

function ReportBody({ code, unitId }: { code: string; unitId?: string }) {
  const { state, reload } = useLoaded(() => getCampaignReport(code, unitId));
  usePageTitle(state.status === 'ready' ? state.data.scope.name : undefined);
  if (state.status === 'failed') {
    return <LoadFailed error={state.error} onRetry={reload} forbiddenHint={noAccessHint} notFoundHint="请返回宣传活动列表重新选择。" />;
  }
  if (state.status !== 'ready') return <StatusPanel tone="loading" title="正在统计宣传活动数据" />;
  return <Report report={state.data} />;
}

function Report({ report }: { report: CampaignReport }) {
  const { breakdowns, scope } = report;
  return (
    <View className="report">
      <ReportHeading report={report} />
      <HeadlineSection report={report} />
      <ParagraphSection paragraph={report.paragraph} />
      <OutreachSection report={report} />
      <OfflineSection report={report} />
      <OnlineSection report={report} />
      <ReportedSection report={report} />
      <UnitsSection report={report} />
      {scope.detailed && breakdowns.channels && breakdowns.sources && breakdowns.materials ? (
        <>
          <BreakdownSection id="channels" title="按渠道" nameTitle="渠道" rows={breakdowns.channels} />
          <BreakdownSection id="sources" title="按来源" nameTitle="来源" rows={breakdowns.sources} />
          <BreakdownSection id="materials" title="按资料" nameTitle="资料" rows={breakdowns.materials} />
        </>
      ) : (
        <Section title="按渠道、来源、资料" id="report-not-detailed">
          <Text className="report__muted">{scope.name}暂无按渠道、来源、资料统计的线上数据。</Text>
        </Section>
      )}
      <TargetGroupSection report={report} />
      <DailySection report={report} />
      <YearOnYearSection report={report} />
      <FlagsSection report={report} />
      <ExportSection report={report} />
    </View>
  );
}
