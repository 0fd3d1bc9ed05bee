import { z } from 'zod';

/** Public campaign code as printed in QR links: short, lower-case, URL-safe. */
export const CampaignCodeSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{2,31}$/, 'campaign code: 3–32 chars of a-z, 0-9, -');

/** Channel / source tag carried by a QR code or link (e.g. counter, poster). */
export const SourceCodeSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'source code: 1–32 chars of a-z, 0-9, _, -');

export const MaterialIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,47}$/, 'material id: 2–48 chars of a-z, 0-9, -');

/** Calendar date in Asia/Shanghai, YYYY-MM-DD. */
export const LocalDateSchema = z.iso.date();

/** Client-generated id for anything a phone may send twice. */
export const ClientIdSchema = z.uuid();
