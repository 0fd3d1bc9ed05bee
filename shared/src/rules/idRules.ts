import { channels } from '../catalogue/channels';
import type { PatternRule } from './textRules';

const unitIdPattern = '[a-z0-9][a-z0-9-]{1,47}';

/** Public campaign code as printed in QR links: short, lower-case, URL-safe. */
export const campaignCodeRule: PatternRule = {
  pattern: /^[a-z0-9][a-z0-9-]{2,31}$/,
  message: '活动编码为 3–32 位小写字母、数字或连字符（-），以字母或数字开头',
};

export const orgUnitIdRule: PatternRule = {
  pattern: new RegExp(`^${unitIdPattern}$`),
  message: '机构编号为 2–48 位小写字母、数字或连字符，以字母或数字开头',
};

/** `<channel>` or `<channel>.<unitId>` (e.g. `poster.gd-gz-panyu`). */
export const sourceCodeRule: PatternRule = {
  pattern: new RegExp(`^(${channels.join('|')})(\\.${unitIdPattern})?$`),
  message: `来源编码为渠道（${channels.join('、')}），可加“.机构编号”`,
};

export const materialIdRule: PatternRule = {
  pattern: /^[a-z0-9][a-z0-9-]{1,47}$/,
  message: '资料编号为 2–48 位小写字母、数字或连字符',
};

/**
 * A client-generated id (UUID): zod's own `z.uuid()` pattern (RFC 9562, any version, nil and
 * max), which the server's ClientIdSchema applies.
 */
export const clientIdRule: PatternRule = {
  pattern:
    /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,
  message: 'Invalid UUID',
};

/** Anonymous tag of the person who shared a card: random per device, never linked to an identity. */
export const sharerTagRule: PatternRule = { pattern: /^[A-Za-z0-9_-]{8,32}$/, message: 'sharer: 8–32 URL-safe chars' };

/** Anonymous visitor id kept on the device; the server stores only a keyed hash of it. */
export const visitorIdRule: PatternRule = { pattern: /^[A-Za-z0-9_-]{16,64}$/, message: 'visitorId: 16–64 URL-safe chars' };
