import { randomBytes, randomUUID } from 'node:crypto';
import {
  addDays,
  type Beacon,
  type BeaconBatch,
  type Campaign,
  type CreateEventRequest,
  type OfflineEventType,
  type OnlineEventType,
  type Material,
  shanghaiDate,
  type UpdateEventRequest,
} from '@rights-outreach/shared';
import { putCampaignIfAbsent } from '../../functions/src/repository/campaignRepository';
import { putMaterial } from '../../functions/src/repository/materialRepository';

/** A short random suffix so every test works on its own data. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

export function aMaterial(overrides: Partial<Material> = {}): Material {
  return {
    id: uniqueId('m'),
    kind: 'right',
    format: 'article',
    origin: { kind: 'original' },
    title: '知情权',
    summary: '您有权知道产品的真实情况：保障什么、不保什么。',
    sections: [{ heading: '这项权利是什么', body: '如实告知产品的重要信息。' }],
    ...overrides,
  };
}

/**
 * Stores a running campaign with two materials of its own; `withVideos`: each with a video
 * (plays of a material without one are refused).
 */
export async function givenCampaign(
  overrides: Partial<Campaign> = {},
  options: { withVideos?: boolean } = {},
): Promise<{ campaign: Campaign; materials: Material[] }> {
  const video = (material: Material) =>
    options.withVideos ? { ...material, videoUrl: `https://media.example.cn/videos/${material.id}.mp4` } : material;
  const materials = [video(aMaterial({ title: '知情权' })), video(aMaterial({ title: '公平交易权' }))];
  for (const material of materials) await putMaterial(material);
  const campaign: Campaign = {
    code: uniqueId('c'),
    type: 'rights_week_315',
    name: '“3·15”消费者权益保护教育宣传周',
    slogan: '心系消费者 金融为人民',
    targetGroups: ['elderly'],
    startDate: addDays(shanghaiDate(new Date()), -30),
    endDate: addDays(shanghaiDate(new Date()), 30),
    materialIds: materials.map((m) => m.id),
    ...overrides,
  };
  await putCampaignIfAbsent(campaign);
  return { campaign, materials };
}

/** A beacon of any kind: a landing view unless told otherwise (kind-specific fields included). */
export function aBeacon(overrides: Partial<Beacon> = {}): Beacon {
  return { id: randomUUID(), kind: 'view', target: { type: 'landing' }, at: new Date().toISOString(), ...overrides } as Beacon;
}

export function aVisitorId(): string {
  return randomBytes(16).toString('base64url');
}

export function aBatch(campaignCode: string, beacons: Beacon[], overrides: Partial<BeaconBatch> = {}): BeaconBatch {
  return { campaignCode, source: 'counter', visitorId: aVisitorId(), beacons, ...overrides };
}

/** A create request of an offline event / of an online event. */
export type OfflineEventRequest = Extract<CreateEventRequest, { type: OfflineEventType }>;
export type OnlineEventRequest = Extract<CreateEventRequest, { type: OnlineEventType }>;

/** A complete, valid event as field staff would submit it. */
export function anEventRequest(campaignCode: string, unitId: string, overrides: Partial<OfflineEventRequest> = {}): OfflineEventRequest {
  return {
    clientId: randomUUID(),
    campaignCode,
    type: 'community',
    unitId,
    title: '金融知识进社区',
    startAt: '2026-03-15T09:30:00+08:00',
    placeName: '市桥街道东环社区活动中心',
    targetGroups: ['elderly', 'new_citizens'],
    staffPresent: 4,
    headcount: 86,
    coverage: { min: 1500, max: 2000 },
    printed: { leaflets: 200, colourPages: 100, posters: 4, other: 0 },
    displayAreas: 1,
    notes: '现场讲解防范养老诈骗',
    ...overrides,
  };
}

/** A complete, valid online event (a live stream on 视频号) as field staff would submit it. */
export function anOnlineEventRequest(
  campaignCode: string,
  unitId: string,
  overrides: Partial<OnlineEventRequest> = {},
): OnlineEventRequest {
  return {
    clientId: randomUUID(),
    campaignCode,
    type: 'live_stream',
    unitId,
    title: '3·15 消保直播间',
    startAt: '2026-03-15T19:30:00+08:00',
    platform: 'wechat_channels',
    link: 'https://channels.weixin.qq.com/live/315',
    targetGroups: ['youth'],
    staffPresent: 2,
    viewersReported: 5200,
    ...overrides,
  };
}

/** The fields of an event request, for an edit with a new mutation id. */
export function anEdit<R extends CreateEventRequest>(request: R, changes: Partial<R> = {}): UpdateEventRequest {
  const { clientId: _clientId, ...fields } = { ...request, ...changes };
  return { ...fields, mutationId: randomUUID() } as UpdateEventRequest;
}
