import type {
  CreateMediaPostRequest,
  CreatePlatformFigureRequest,
  MediaPost,
  PlatformFigure,
  UpdateMediaPostRequest,
  UpdatePlatformFigureRequest,
} from '@rights-outreach/shared';
import { callApi } from './api';

/** Figures reported from other platforms for a campaign, in the caller's subtree. */
export async function listPlatformFigures(campaignCode: string): Promise<PlatformFigure[]> {
  return (await callApi('listPlatformFigures', { query: { campaign: campaignCode } })).figures;
}

export function createPlatformFigure(request: CreatePlatformFigureRequest): Promise<PlatformFigure> {
  return callApi('createPlatformFigure', { body: request });
}

export function updatePlatformFigure(id: string, request: UpdatePlatformFigureRequest): Promise<PlatformFigure> {
  return callApi('updatePlatformFigure', { params: { id }, body: request });
}

export function deletePlatformFigure(id: string, mutationId: string): Promise<PlatformFigure> {
  return callApi('deletePlatformFigure', { params: { id }, body: { mutationId } });
}

/** Media posts of a campaign in the caller's subtree. */
export async function listMediaPosts(campaignCode: string): Promise<MediaPost[]> {
  return (await callApi('listMediaPosts', { query: { campaign: campaignCode } })).posts;
}

export function createMediaPost(request: CreateMediaPostRequest): Promise<MediaPost> {
  return callApi('createMediaPost', { body: request });
}

export function updateMediaPost(id: string, request: UpdateMediaPostRequest): Promise<MediaPost> {
  return callApi('updateMediaPost', { params: { id }, body: request });
}

export function deleteMediaPost(id: string, mutationId: string): Promise<MediaPost> {
  return callApi('deleteMediaPost', { params: { id }, body: { mutationId } });
}
