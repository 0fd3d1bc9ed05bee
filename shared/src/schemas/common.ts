import { z } from 'zod';

/** Public campaign code as printed in QR links: short, lower-case, URL-safe. */
export const CampaignCodeSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{2,31}$/, '活动编码为 3–32 位小写字母、数字或连字符（-），以字母或数字开头');

/** Channel / source tag carried by a QR code or link (e.g. counter, poster). */
export const SourceCodeSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, '渠道编码为 1–32 位小写字母、数字、下划线或连字符');

export const MaterialIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,47}$/, '资料编号为 2–48 位小写字母、数字或连字符');

/** Calendar date in Asia/Shanghai, YYYY-MM-DD. */
export const LocalDateSchema = z.iso.date({ error: '请选择日期（格式：年-月-日）' });

/** Client-generated id for anything a phone may send twice. */
export const ClientIdSchema = z.uuid();
