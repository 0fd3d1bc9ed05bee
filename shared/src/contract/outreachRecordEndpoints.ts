import {
  CreateMediaPostRequestSchema,
  CreatePlatformFigureRequestSchema,
  DeleteRecordRequestSchema,
  MediaPostDetailSchema,
  MediaPostListSchema,
  MediaPostSchema,
  PlatformFigureDetailSchema,
  PlatformFigureListSchema,
  PlatformFigureSchema,
  RecordListQuerySchema,
  UpdateMediaPostRequestSchema,
  UpdatePlatformFigureRequestSchema,
} from '../schemas/outreachRecords';
import { recordWriters, signedIn } from './access';
import { endpoint } from './endpoint';
import { recordIdParam } from './params';

/**
 * What a unit enters per campaign besides its events: figures reported from other platforms'
 * back-ends, and media posts. Reads and writes are limited to the caller's subtree.
 */
export const outreachRecordEndpoints = {
  listPlatformFigures: endpoint({
    method: 'GET',
    path: '/platform-figures',
    summary: 'Figures reported from other platforms for a campaign, in the caller’s subtree',
    access: signedIn,
    query: RecordListQuerySchema,
    responses: { 200: PlatformFigureListSchema },
  }),
  createPlatformFigure: endpoint({
    method: 'POST',
    path: '/platform-figures',
    summary: 'Enters one platform’s back-end figures; the same clientId again answers the stored one (200)',
    access: recordWriters,
    body: CreatePlatformFigureRequestSchema,
    responses: { 201: PlatformFigureSchema, 200: PlatformFigureSchema },
  }),
  getPlatformFigure: endpoint({
    method: 'GET',
    path: '/platform-figures/{id}',
    summary: 'A platform figure entry and its history',
    access: signedIn,
    params: { id: recordIdParam },
    responses: { 200: PlatformFigureDetailSchema },
  }),
  updatePlatformFigure: endpoint({
    method: 'PUT',
    path: '/platform-figures/{id}',
    summary: 'Replaces a platform figure entry’s fields, once per mutationId',
    access: recordWriters,
    params: { id: recordIdParam },
    body: UpdatePlatformFigureRequestSchema,
    responses: { 200: PlatformFigureSchema },
  }),
  deletePlatformFigure: endpoint({
    method: 'POST',
    path: '/platform-figures/{id}/delete',
    summary: 'Soft-deletes a platform figure entry',
    access: recordWriters,
    params: { id: recordIdParam },
    body: DeleteRecordRequestSchema,
    responses: { 200: PlatformFigureSchema },
  }),
  listMediaPosts: endpoint({
    method: 'GET',
    path: '/media-posts',
    summary: 'Media posts of a campaign in the caller’s subtree, latest first',
    access: signedIn,
    query: RecordListQuerySchema,
    responses: { 200: MediaPostListSchema },
  }),
  createMediaPost: endpoint({
    method: 'POST',
    path: '/media-posts',
    summary: 'Enters a media post; the same clientId again answers the stored one (200)',
    access: recordWriters,
    body: CreateMediaPostRequestSchema,
    responses: { 201: MediaPostSchema, 200: MediaPostSchema },
  }),
  getMediaPost: endpoint({
    method: 'GET',
    path: '/media-posts/{id}',
    summary: 'A media post and its history',
    access: signedIn,
    params: { id: recordIdParam },
    responses: { 200: MediaPostDetailSchema },
  }),
  updateMediaPost: endpoint({
    method: 'PUT',
    path: '/media-posts/{id}',
    summary: 'Replaces a media post’s fields, once per mutationId',
    access: recordWriters,
    params: { id: recordIdParam },
    body: UpdateMediaPostRequestSchema,
    responses: { 200: MediaPostSchema },
  }),
  deleteMediaPost: endpoint({
    method: 'POST',
    path: '/media-posts/{id}/delete',
    summary: 'Soft-deletes a media post',
    access: recordWriters,
    params: { id: recordIdParam },
    body: DeleteRecordRequestSchema,
    responses: { 200: MediaPostSchema },
  }),
} as const;
