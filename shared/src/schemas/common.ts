import { z } from 'zod';
import { type Channel, channels } from '../catalogue/channels';

/** Public campaign code as printed in QR links: short, lower-case, URL-safe. */
export const CampaignCodeSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{2,31}$/, '活动编码为 3–32 位小写字母、数字或连字符（-），以字母或数字开头');

const unitIdPattern = '[a-z0-9][a-z0-9-]{1,47}';

export const OrgUnitIdSchema = z
  .string()
  .regex(new RegExp(`^${unitIdPattern}$`), '机构编号为 2–48 位小写字母、数字或连字符，以字母或数字开头');

/**
 * Source of a QR code or link (来源): a channel tag, optionally with the org unit that put
 * it up, written `<channel>` or `<channel>.<unitId>` (e.g. `poster.gd-gz-panyu`).
 */
export const SourceCodeSchema = z
  .string()
  .regex(
    new RegExp(`^(${channels.join('|')})(\\.${unitIdPattern})?$`),
    `来源编码为渠道（${channels.join('、')}），可加“.机构编号”`,
  );

export interface SourceParts {
  channel: Channel;
  unitId?: string;
}

/** Splits a valid source code into its channel and unit. */
export function sourceParts(source: string): SourceParts {
  const dot = source.indexOf('.');
  return dot < 0
    ? { channel: source as Channel }
    : { channel: source.slice(0, dot) as Channel, unitId: source.slice(dot + 1) };
}

/** The source code of a channel, put up by one unit or campaign-wide. */
export function sourceCode(channel: Channel, unitId?: string): string {
  return unitId ? `${channel}.${unitId}` : channel;
}

export const MaterialIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,47}$/, '资料编号为 2–48 位小写字母、数字或连字符');

/** Calendar date in Asia/Shanghai, YYYY-MM-DD. */
export const LocalDateSchema = z.iso.date({ error: '请选择日期（格式：年-月-日）' });

/** Client-generated id for anything a phone may send twice. */
export const ClientIdSchema = z.uuid();
