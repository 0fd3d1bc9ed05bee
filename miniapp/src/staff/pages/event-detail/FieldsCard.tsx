import { Text, View } from '@tarojs/components';
import { eventTypeLabels, isOnlineEvent, onlinePlatformLabels, printedMaterialLabels, targetGroupLabels } from '@rights-outreach/shared';
import type { LocalEvent } from '../../../offline/localView';
import { formatEventTime } from '../../../utils/formatEventTime';
import { Section } from '../../../components/form/Section';
import { staffLabel } from '../../logic/historyText';

interface FieldsCardProps {
  event: LocalEvent;
  campaignName?: string;
  unitName?: string;
  /** A sales workplace's name by id (the id itself when not known on this phone). */
  workplaceName?: (id: string) => string;
}

/** Where: an offline event's place and location, an online event's platform and link. */
function placeRows(event: LocalEvent): [string, string][] {
  if (isOnlineEvent(event)) {
    return [
      ['线上平台', onlinePlatformLabels[event.platform]],
      ['活动链接', event.link ?? '未填写'],
    ];
  }
  return [
    ['活动地点', event.placeName],
    ['现场定位', event.location ? `已记录（${event.location.latitude.toFixed(5)}, ${event.location.longitude.toFixed(5)}）` : '未记录'],
  ];
}

/** Who came and what was handed out (offline), or the platform's viewer figure (online). */
function attendanceRows(event: LocalEvent, workplaceName: (id: string) => string): [string, string][] {
  if (isOnlineEvent(event)) return [['平台报告观看', `${event.viewersReported} 人`]];
  const { printed } = event;
  return [
    ['现场参与', `${event.headcount} 人`],
    ['覆盖人群', `${event.coverage.min}–${event.coverage.max} 人次`],
    [
      '宣传物料',
      `${printedMaterialLabels.leaflets} ${printed.leaflets} · ${printedMaterialLabels.colourPages} ${printed.colourPages} · ${printedMaterialLabels.posters} ${printed.posters} · ${printedMaterialLabels.other} ${printed.other}`,
    ],
    ['展区', `${event.displayAreas} 个`],
    ...(event.workplaceIds?.length ? ([['培训的营销职场', event.workplaceIds.map(workplaceName).join('、')]] as [string, string][]) : []),
  ];
}

/** Every field of the event, as logged. */
export function FieldsCard({ event, campaignName, unitName, workplaceName = (id) => id }: FieldsCardProps) {
  const rows: [string, string][] = [
    ['宣传活动', campaignName ?? event.campaignCode],
    ['活动类型', eventTypeLabels[event.type]],
    ['所属机构', event.server?.unitName ?? unitName ?? event.unitId],
    ['开始时间', formatEventTime(event.startAt)],
    ...placeRows(event),
    ['重点人群', event.targetGroups.length > 0 ? event.targetGroups.map((g) => targetGroupLabels[g]).join('、') : '未选择'],
    ['参与员工', `${event.staffPresent} 人`],
    ...attendanceRows(event, workplaceName),
    ['备注', event.notes || '无'],
    ...(event.server
      ? ([
          ['登记人', staffLabel(event.server.createdBy, event.server.createdByName)],
          ['登记时间', formatEventTime(event.server.createdAt)],
        ] as [string, string][])
      : []),
  ];
  return (
    <Section title="活动信息">
      {rows.map(([label, value]) => (
        <View key={label} className="field-row">
          <Text className="field-row__label">{label}</Text>
          <Text className="field-row__value">{value}</Text>
        </View>
      ))}
    </Section>
  );
}
