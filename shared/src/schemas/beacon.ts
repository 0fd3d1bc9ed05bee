import { z } from 'zod';
import { CampaignCodeSchema, ClientIdSchema, MaterialIdSchema, SourceCodeSchema } from './common';

/** Hard limits of the public ingestion edge. */
export const beaconLimits = {
  maxBeaconsPerBatch: 50,
  maxBodyBytes: 16 * 1024,
  /** How far a beacon's client clock may run ahead of the server's. */
  maxClockSkewMs: 5 * 60 * 1000,
} as const;

export const BeaconTargetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('landing') }).strict(),
  z.object({ type: z.literal('material'), materialId: MaterialIdSchema }).strict(),
]);
export type BeaconTarget = z.infer<typeof BeaconTargetSchema>;

/** view: a landing or material page opened (浏览量). checkin: on-site check-in at an event (现场签到). */
export const beaconKinds = ['view', 'checkin'] as const;
export type BeaconKind = (typeof beaconKinds)[number];

export const BeaconSchema = z
  .object({
    /** Client-generated; the server counts each id once, however often it is sent. */
    id: ClientIdSchema,
    kind: z.enum(beaconKinds),
    target: BeaconTargetSchema,
    /** When it happened on the phone (ISO 8601 with offset). */
    at: z.iso.datetime({ offset: true }),
  })
  .strict();
export type Beacon = z.infer<typeof BeaconSchema>;

/** Anonymous visitor id kept on the device; the server stores only a keyed hash of it. */
export const VisitorIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'visitorId: 16–64 URL-safe chars');

export const BeaconBatchSchema = z
  .object({
    campaignCode: CampaignCodeSchema,
    source: SourceCodeSchema.optional(),
    /** Set when the page was opened from an event's QR code: views and check-ins count for the event too. */
    eventId: ClientIdSchema.optional(),
    visitorId: VisitorIdSchema,
    beacons: z.array(BeaconSchema).min(1).max(beaconLimits.maxBeaconsPerBatch),
  })
  .strict()
  .refine((batch) => batch.eventId !== undefined || batch.beacons.every((b) => b.kind !== 'checkin'), {
    message: 'a checkin beacon needs the eventId of its batch',
    path: ['eventId'],
  });
export type BeaconBatch = z.infer<typeof BeaconBatchSchema>;

export interface BeaconBatchResult {
  /** Beacons counted for the first time by this request. */
  accepted: number;
  /** Beacons the server had already counted (replays); not counted again. */
  duplicates: number;
  /** Set when the whole batch came from a known crawler: acknowledged, never counted. */
  ignored?: number;
}
