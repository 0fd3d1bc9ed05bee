import { Text, View } from '@tarojs/components';
import { campaignTypeLabels, orgLevelLabels, type CampaignReport } from '@rights-outreach/shared';
import { Section } from '../../../components/form/Section';
import { formatDateRange } from '../../../utils/formatDateRange';
import { formatEventTime } from '../../../utils/formatEventTime';
import { breadcrumb } from '../../logic/drillDown';
import { backToUnitReport } from '../../navigation';
import { keyboardPressable } from '../../../utils/keyboardPressable';

/** The campaign, the unit on screen, the breadcrumb back up the tree, and when the figures were read. */
export function ReportHeading({ report }: { report: CampaignReport }) {
  const { campaign, scope } = report;
  const crumbs = breadcrumb(campaign.code, scope);
  const ownUnitId = crumbs[0]!.unitId;
  return (
    <Section>
      <Text className="report__campaign">{campaign.name}</Text>
      <Text className="report__meta">
        {campaignTypeLabels[campaign.type]} · {formatDateRange(campaign.startDate, campaign.endDate)} · {campaign.slogan}
      </Text>
      <View className="report__crumbs" ariaRole="navigation" ariaLabel="机构层级">
        {crumbs.map((crumb, index) => (
          <View key={crumb.unitId} className="report__crumb">
            {index > 0 ? <Text className="report__crumb-sep">›</Text> : null}
            {crumb.url ? (
              <Text
                className="report__crumb-link"
                onClick={() => backToUnitReport(campaign.code, crumb.unitId, ownUnitId)}
                {...keyboardPressable(() => backToUnitReport(campaign.code, crumb.unitId, ownUnitId), true, 'link')}
              >
                {crumb.name}
              </Text>
            ) : (
              <Text className="report__crumb-current">
                {crumb.name}（{orgLevelLabels[scope.level]}）
              </Text>
            )}
          </View>
        ))}
      </View>
      <Text className="report__meta">
        统计范围：{scope.name}及下级机构 · 数据更新于 {report.updatedAt ? formatEventTime(report.updatedAt) : '（尚无线上数据）'}
      </Text>
    </Section>
  );
}
