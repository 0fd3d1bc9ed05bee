import * as z from 'zod';
import { beaconLimits, shareScenes } from '../rules/beaconRules';
import { sharerTagRule, visitorIdRule } from '../rules/idRules';
import { CampaignCodeSchema, ClientIdSchema, MaterialIdSchema, SourceCodeSchema } from './common';

/**
 * Where an open from a share came from: a WeChat scene, or `link` — the H5 page opened from a
 * link that carries a sharer tag (a link copied and pasted into a chat).
 */
export const ShareSceneSchema = z.union([...shareScenes.map((scene) => z.literal(scene)), z.literal('link')]);

/** Anonymous tag of the person who shared a card: random per device, never linked to an identity. */
export const SharerTagSchema = z.string().regex(sharerTagRule.pattern, sharerTagRule.message);

const landing = z.object({ type: z.literal('landing') }).strict();
const material = z.object({ type: z.literal('material'), materialId: MaterialIdSchema }).strict();
const quiz = z.object({ type: z.literal('quiz') }).strict();

export const BeaconTargetSchema = z.discriminatedUnion('type', [landing, material, quiz]);
export type BeaconTarget = z.infer<typeof BeaconTargetSchema>;

const page = z.discriminatedUnion('type', [landing, material]);
const common = {
  /** Client-generated; the server counts each id once, however often it is sent. */
  id: ClientIdSchema,
  /** When it happened on the phone (ISO 8601 with offset). */
  at: z.iso.datetime({ offset: true }),
};

/**
 * One thing a consumer did. Metric definitions: docs/metrics.md.
 * - view: a landing or material page opened (浏览量).
 * - video_play: a material's video started (视频观看次数), once per play start.
 * - video_complete: at least 90 % of that play watched (视频完播次数), once per play.
 * - share_tap: the share button tapped (分享次数; WeChat reports no completed shares).
 * - share_open: the mini-program opened from a shared card (分享带来的打开).
 * - checkin: on-site check-in at an event (现场签到).
 * - signup: signed up for an event through a link (报名).
 * - quiz_complete: the rights quiz finished.
 * - feedback: a 1–5 rating given.
 */
export const BeaconSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('view'), target: page, ...common }).strict(),
  z.object({ kind: z.literal('video_play'), target: material, ...common }).strict(),
  z.object({ kind: z.literal('video_complete'), target: material, ...common }).strict(),
  z.object({ kind: z.literal('share_tap'), target: page, ...common }).strict(),
  z.object({ kind: z.literal('share_open'), target: page, scene: ShareSceneSchema, sharer: SharerTagSchema, ...common }).strict(),
  z.object({ kind: z.literal('checkin'), target: landing, ...common }).strict(),
  z.object({ kind: z.literal('signup'), target: landing, ...common }).strict(),
  z.object({ kind: z.literal('quiz_complete'), target: quiz, ...common }).strict(),
  z.object({ kind: z.literal('feedback'), target: page, rating: z.number().int().min(1).max(5), ...common }).strict(),
]);
export type Beacon = z.infer<typeof BeaconSchema>;
export type BeaconKind = Beacon['kind'];
export const beaconKinds = BeaconSchema.options.map((option) => option.shape.kind.value) as BeaconKind[];

/** Beacon kinds about a material's video: refused for a material without one. */
export const videoBeaconKinds: readonly BeaconKind[] = ['video_play', 'video_complete'];

/** Beacon kinds that belong to one event: the batch must carry its eventId. */
export const eventBeaconKinds: readonly BeaconKind[] = ['checkin', 'signup'];

/** What a page records: a beacon without the id and time the tracker adds. */
export type BeaconInput = Beacon extends infer B ? (B extends Beacon ? Omit<B, 'id' | 'at'> : never) : never;

/** Anonymous visitor id kept on the device; the server stores only a keyed hash of it. */
export const VisitorIdSchema = z.string().regex(visitorIdRule.pattern, visitorIdRule.message);

/** A signed visitor token (see visitor.ts); it stands for the person instead of the device id. */
export const VisitorTokenSchema = z.string().min(20).max(1024);

export const BeaconBatchSchema = z
  .object({
    campaignCode: CampaignCodeSchema,
    source: SourceCodeSchema.optional(),
    /** Set when the page was opened from an event's QR code: beacons count for the event too. */
    eventId: ClientIdSchema.optional(),
    /** The device's random id: who the person is when there is no visitor token (H5). */
    visitorId: VisitorIdSchema,
    /** In WeChat: the token from POST /public/visitor-session, naming the person by openid. */
    visitorToken: VisitorTokenSchema.optional(),
    beacons: z.array(BeaconSchema).min(1).max(beaconLimits.maxBeaconsPerBatch),
  })
  .strict()
  .refine((batch) => batch.eventId !== undefined || batch.beacons.every((b) => !eventBeaconKinds.includes(b.kind)), {
    message: 'checkin and signup beacons need the eventId of their batch',
    path: ['eventId'],
  });
export type BeaconBatch = z.infer<typeof BeaconBatchSchema>;

export const BeaconBatchResultSchema = z.object({
  /**
   * Beacons stored for counting. A replay of a beacon already received is accepted again
   * (the same record is written again, which changes nothing) and still counted once: the
   * count is made later, from the table's stream, so this is what was received, not what
   * was new. Clients must not read anything more into it.
   */
  accepted: z.number().int().min(0),
  /**
   * Beacons acknowledged but never counted: the whole batch of a known crawler, or beacons
   * that happened outside the campaign's dates or too long ago to be told apart from replays.
   */
  ignored: z.number().int().min(0).optional(),
});
export type BeaconBatchResult = z.infer<typeof BeaconBatchResultSchema>;
