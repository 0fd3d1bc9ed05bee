import { Text, View } from '@tarojs/components';
import { reportFlagLabels, type CampaignReport, type ReportFlagKind } from '@rights-outreach/shared';
import { Section } from '../../../components/form/Section';
import { formatEventTimeShort } from '../../../utils/formatEventTime';
import { flagReasons } from '../../logic/flags';

/** 需核实的活动: events whose figures a reviewer should ask about; not a verdict. */
export function FlagsSection({ report }: { report: CampaignReport }) {
  const { flagged, flagCounts, truncated, attendanceFlagFactor } = report;
  const counts = (Object.keys(flagCounts) as ReportFlagKind[]).map((kind) => `${reportFlagLabels[kind]} ${flagCounts[kind]} 场`).join('；');
  return (
    <Section
      title={`需核实的活动（${flagged.length}）`}
      id="report-flags"
      hint={`填报的现场人数超过扫码签到人数 ${attendanceFlagFactor} 倍，或活动二维码没有任何扫码的活动，供审核时向举办机构核实。`}
    >
      {flagged.length === 0 ? (
        <Text className="report__muted">没有需要核实的活动。</Text>
      ) : (
        <Text className="report__meta">{counts}。</Text>
      )}
      {truncated ? <Text className="report__meta">仅列出最近的 {flagged.length} 场，完整名单见导出文件。</Text> : null}
      {flagged.map((event) => (
        <View key={event.eventId} className="report__flag">
          <Text className="report__flag-title">{event.title}</Text>
          <Text className="report__meta">
            {event.unitName} · {event.placeName} · {formatEventTimeShort(event.startAt)}
          </Text>
          {flagReasons(event, attendanceFlagFactor).map((reason) => (
            <Text key={reason} className="report__flag-reason">
              {reason}
            </Text>
          ))}
        </View>
      ))}
    </Section>
  );
}
