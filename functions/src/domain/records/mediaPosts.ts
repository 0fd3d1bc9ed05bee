import type { CreateMediaPostRequest, MediaPost, MediaPostDetail, MediaPostFields, UpdateMediaPostRequest } from '@rights-outreach/shared';
import type { Principal } from '../../auth/principal';
import {
  type CreateRecordOutcome,
  createRecord,
  deleteRecord,
  listRecords,
  type RecordKind,
  recordDetail,
  updateRecord,
} from './unitRecords';

/** Media posts (媒体发布信息): ordered by the day they were published. */
export const mediaPostKind: RecordKind<MediaPostFields> = { kind: 'mediaPost', dateOf: (fields) => fields.publishedOn };

/** Enters a media post under the phone's clientId. */
export function createMediaPost(
  principal: Principal,
  request: CreateMediaPostRequest,
  now: Date,
): Promise<CreateRecordOutcome<MediaPostFields>> {
  const { clientId, ...fields } = request;
  return createRecord(mediaPostKind, principal, { clientId, fields }, now);
}

/** Replaces a media post's fields (optional ones left out are cleared), once per mutationId. */
export function updateMediaPost(principal: Principal, id: string, request: UpdateMediaPostRequest, now: Date): Promise<MediaPost> {
  const { mutationId, ...fields } = request;
  return updateRecord(mediaPostKind, principal, id, { mutationId, fields }, now);
}

export function deleteMediaPost(principal: Principal, id: string, mutationId: string, now: Date): Promise<MediaPost> {
  return deleteRecord(mediaPostKind, principal, id, mutationId, now);
}

export function listMediaPosts(principal: Principal, campaignCode: string): Promise<MediaPost[]> {
  return listRecords<MediaPostFields>(mediaPostKind, principal, campaignCode);
}

export async function getMediaPost(principal: Principal, id: string): Promise<MediaPostDetail> {
  const { record, history } = await recordDetail<MediaPostFields>(mediaPostKind, principal, id);
  return { post: record, history };
}
