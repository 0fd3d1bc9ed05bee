import { randomUUID } from 'node:crypto';
import type { CreateMediaPostRequest, CreatePlatformFigureRequest } from '@rights-outreach/shared';

/** A media post a unit entered for a campaign. */
export function aMediaPostRequest(
  campaignCode: string,
  unitId: string,
  overrides: Partial<CreateMediaPostRequest> = {},
): CreateMediaPostRequest {
  return {
    clientId: randomUUID(),
    campaignCode,
    unitId,
    outlet: 'meipian',
    title: '守住钱袋子 护好养老钱',
    url: 'https://www.meipian.cn/4a3b2c1d',
    publishedOn: '2026-03-15',
    ...overrides,
  };
}

/** One platform's back-end figures a unit entered for a campaign. */
export function aPlatformFigureRequest(
  campaignCode: string,
  unitId: string,
  overrides: Partial<CreatePlatformFigureRequest> = {},
): CreatePlatformFigureRequest {
  return {
    clientId: randomUUID(),
    campaignCode,
    unitId,
    platform: 'channels',
    subject: '番禺支公司视频号',
    asOf: '2026-03-16',
    plays: 12_000,
    shares: 600,
    likes: 320,
    ...overrides,
  };
}

/** The fields of a create request, as an edit under a new mutation id. */
export function aRecordEdit<R extends { clientId: string }>(request: R, changes: Partial<Omit<R, 'clientId'>> = {}) {
  const { clientId: _clientId, ...fields } = { ...request, ...changes };
  return { ...fields, mutationId: randomUUID() };
}
