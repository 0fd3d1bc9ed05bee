import { Text, View } from '@tarojs/components';
import {
  formatWan,
  materialFormatLabels,
  materialFormats,
  mediaOutletLabels,
  mediaOutlets,
  reportingPlatformLabels,
  type CampaignReport,
} from '@rights-outreach/shared';
import { TextLink } from '../../../components/TextLink';
import { Section } from '../../../components/form/Section';
import { openRecordEntry } from '../../navigation';

const pairs = [
  { key: 'views', label: '浏览量' },
  { key: 'plays', label: '视频观看（播放）' },
  { key: 'shares', label: '分享次数' },
] as const;

/**
 * 本平台统计与其他平台填报: what we counted (exact) beside what staff copied from other
 * platforms' back-ends, never mixed except in the 各平台 total; then the campaign's materials
 * by format and origin and the media posts of the scope.
 */
export function ReportedSection({ report }: { report: CampaignReport }) {
  const { platformFigures, materialOutput, mediaPosts } = report;
  const originals = materialFormats
    .filter((f) => materialOutput.original[f] > 0)
    .map((f) => `${materialFormatLabels[f]} ${materialOutput.original[f]}`);
  const reposts = materialFormats
    .filter((f) => materialOutput.reposted[f] > 0)
    .map((f) => `${materialFormatLabels[f]} ${materialOutput.reposted[f]}`);
  return (
    <>
      <Section
        title="本平台统计与其他平台填报"
        id="report-platforms"
        hint="本平台：本系统精确统计；其他平台：员工照抄各平台后台的填报数（同一机构同一账号取最新截至日期）。两者只在“各平台合计”中相加。"
      >
        <View className="reported__table">
          <View className="reported__row reported__head">
            <Text className="reported__cell">指标</Text>
            <Text className="reported__cell">本平台（统计）</Text>
            <Text className="reported__cell">其他平台（填报）</Text>
            <Text className="reported__cell">各平台合计</Text>
          </View>
          {pairs.map(({ key, label }) => (
            <View key={key} className={`reported__row reported__row--${key}`}>
              <Text className="reported__cell">{label}</Text>
              <Text className="reported__cell reported__tracked">{formatWan(platformFigures.tracked[key])}</Text>
              <Text className="reported__cell reported__reported">{formatWan(platformFigures.reported[key])}</Text>
              <Text className="reported__cell reported__combined">{formatWan(platformFigures.combined[key])}</Text>
            </View>
          ))}
          <View className="reported__row">
            <Text className="reported__cell">点赞 / 评论</Text>
            <Text className="reported__cell">—</Text>
            <Text className="reported__cell">
              {formatWan(platformFigures.reported.likes)} / {formatWan(platformFigures.reported.comments)}
            </Text>
            <Text className="reported__cell">—</Text>
          </View>
        </View>
        {platformFigures.byPlatform.map((row) => (
          <Text key={row.platform} className="report__meta">
            {reportingPlatformLabels[row.platform]}（{row.entries} 条）：浏览 {row.values.views}，播放 {row.values.plays}，分享{' '}
            {row.values.shares}，点赞 {row.values.likes}，评论 {row.values.comments}
          </Text>
        ))}
        {platformFigures.flags.map((flag) => (
          <Text key={`${flag.platform}-${flag.figure}`} className="report__flag-reason reported__flag">
            需核实：{reportingPlatformLabels[flag.platform]}填报{pairs.find((p) => p.key === flag.figure)!.label} {flag.reported}
            ，超过本平台从该渠道统计的 {flag.tracked} 的 {platformFigures.flagFactor} 倍
          </Text>
        ))}
        <TextLink text="录入平台数据与媒体发布" onClick={() => openRecordEntry(report.campaign.code)} />
      </Section>
      <Section title="资料产出与媒体发布" id="report-outputs">
        <Text className="report__meta reported__materials">
          原创资料：{originals.length > 0 ? originals.join('，') : '无'}；转载资料：{reposts.length > 0 ? reposts.join('，') : '无'}
          {materialOutput.repostedFrom.length > 0 ? `（${materialOutput.repostedFrom.map((e) => `${e.from} ${e.count}`).join('，')}）` : ''}
        </Text>
        <Text className="report__meta reported__posts">
          媒体发布信息 {mediaPosts.total} 条
          {mediaPosts.total > 0
            ? `：${mediaOutlets
                .filter((o) => mediaPosts.byOutlet[o] > 0)
                .map((o) => `${mediaOutletLabels[o]} ${mediaPosts.byOutlet[o]}`)
                .join('，')}`
            : ''}
        </Text>
      </Section>
    </>
  );
}
