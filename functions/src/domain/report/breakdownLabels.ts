import { type Channel, type TargetGroup, channelLabels, eventPlaceLabel, sourceParts, targetGroupLabels } from '@rights-outreach/shared';

/** Chinese names of breakdown rows, the same in every reader (dashboard, totals, export). */
export interface BreakdownNames {
  unitName(unitId: string): string | undefined;
  materialTitle(materialId: string): string | undefined;
}

export function channelLabel(channel: string): string {
  return channelLabels[channel as Channel] ?? channel;
}

/** `海报·番禺支公司` for a unit's own source, `柜面` for a campaign-wide one. */
export function sourceLabel(source: string, names: BreakdownNames): string {
  const { channel, unitId } = sourceParts(source);
  return unitId ? `${channelLabel(channel)}·${names.unitName(unitId) ?? unitId}` : channelLabel(channel);
}

export function materialLabel(materialId: string, names: BreakdownNames): string {
  return names.materialTitle(materialId) ?? materialId;
}

export function targetGroupLabel(group: string): string {
  return targetGroupLabels[group as TargetGroup] ?? group;
}

/** `活动名称（地点）`, marked when the event was deleted after it was counted. */
export function eventLabel(event: Parameters<typeof eventPlaceLabel>[0] & { title: string; deletedAt?: string }): string {
  return `${event.title}（${eventPlaceLabel(event)}）${event.deletedAt ? '（已删除）' : ''}`;
}
