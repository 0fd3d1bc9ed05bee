import * as z from 'zod';
import type { Channel } from '../catalogue/channels';
import { campaignCodeRule, materialIdRule, orgUnitIdRule, sourceCodeRule } from '../rules/idRules';

/** Public campaign code as printed in QR links: short, lower-case, URL-safe. */
export const CampaignCodeSchema = z.string().regex(campaignCodeRule.pattern, campaignCodeRule.message);

export const OrgUnitIdSchema = z.string().regex(orgUnitIdRule.pattern, orgUnitIdRule.message);

/**
 * Source of a QR code or link (来源): a channel tag, optionally with the org unit that put
 * it up, written `<channel>` or `<channel>.<unitId>` (e.g. `poster.gd-gz-panyu`).
 */
export const SourceCodeSchema = z.string().regex(sourceCodeRule.pattern, sourceCodeRule.message);

export interface SourceParts {
  channel: Channel;
  unitId?: string;
}

/** Splits a valid source code into its channel and unit. */
export function sourceParts(source: string): SourceParts {
  const dot = source.indexOf('.');
  return dot < 0 ? { channel: source as Channel } : { channel: source.slice(0, dot) as Channel, unitId: source.slice(dot + 1) };
}

/** The source code of a channel, put up by one unit or campaign-wide. */
export function sourceCode(channel: Channel, unitId?: string): string {
  return unitId ? `${channel}.${unitId}` : channel;
}

export const MaterialIdSchema = z.string().regex(materialIdRule.pattern, materialIdRule.message);

/** Calendar date in Asia/Shanghai, YYYY-MM-DD. */
export const LocalDateSchema = z.iso.date({ error: '请选择日期（格式：年-月-日）' });

/** Client-generated id for anything a phone may send twice. */
export const ClientIdSchema = z.uuid();
