import {
  eventTypeLabels,
  printedMaterialLabels,
  targetGroupLabels,
  type EventChange,
  type EventHistoryEntry,
  type EventType,
  type TargetGroup,
} from '@rights-outreach/shared';
import { formatEventTime } from '../../utils/formatEventTime';

/** Chinese names of the fields an event's history can mention. */
export const eventFieldLabels: Record<string, string> = {
  campaignCode: '宣传活动',
  type: '活动类型',
  unitId: '所属机构',
  unitName: '所属机构',
  title: '活动名称',
  startAt: '开始时间',
  placeName: '活动地点',
  location: '定位',
  targetGroups: '重点人群',
  staffPresent: '参与员工人数',
  headcount: '现场参与人数',
  coverage: '覆盖人群',
  printed: '宣传物料',
  displayAreas: '展区数量',
  notes: '备注',
  deletedAt: '删除',
};

const actionLabels: Record<EventHistoryEntry['action'], string> = {
  created: '登记了活动',
  updated: '修改了活动',
  deleted: '删除了活动',
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value of a field as people read it. */
export function describeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (field === 'type' && typeof value === 'string') return eventTypeLabels[value as EventType] ?? value;
  if (field === 'startAt' && typeof value === 'string') return formatEventTime(value);
  if (field === 'targetGroups' && Array.isArray(value)) {
    return value.length === 0 ? '（无）' : value.map((g) => targetGroupLabels[g as TargetGroup] ?? String(g)).join('、');
  }
  if (field === 'coverage' && isRecord(value)) return `${String(value.min)}–${String(value.max)} 人次`;
  if (field === 'printed' && isRecord(value)) {
    return (Object.keys(printedMaterialLabels) as (keyof typeof printedMaterialLabels)[])
      .map((kind) => `${printedMaterialLabels[kind]} ${String(value[kind] ?? 0)}`)
      .join('，');
  }
  if (field === 'location') return '已定位';
  if (field === 'deletedAt' && typeof value === 'string') return formatEventTime(value);
  return String(value);
}

export interface ChangeLine {
  label: string;
  from: string;
  to: string;
}

/** The changes of one history entry in Chinese; the unit shows once, by name. */
export function changeLines(changes: readonly EventChange[]): ChangeLine[] {
  const hasUnitName = changes.some((c) => c.field === 'unitName');
  return changes
    .filter((c) => !(c.field === 'unitId' && hasUnitName) && c.field !== 'deletedAt')
    .map((c) => ({ label: eventFieldLabels[c.field] ?? c.field, from: describeValue(c.field, c.from), to: describeValue(c.field, c.to) }));
}

/** `番禺消保专员（工号 S1001）修改了活动`; only the 工号 when the name is unknown. */
export function entryTitle(entry: EventHistoryEntry): string {
  return `${staffLabel(entry.by, entry.byName)} ${actionLabels[entry.action]}`;
}

/** A member of staff as people know them: the name, with the 工号 beside it. */
export function staffLabel(employeeNo: string, name?: string): string {
  return name ? `${name}（工号 ${employeeNo}）` : `工号 ${employeeNo}`;
}
