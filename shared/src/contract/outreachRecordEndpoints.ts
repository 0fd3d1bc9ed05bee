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

export const listPlatformFigures = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/platform-figures',
  summary: 'Figures reported from other platforms for a campaign, in the caller’s subtree',
  access: signedIn,
  query: RecordListQuerySchema,
  responses: { 200: PlatformFigureListSchema },
});

export const createPlatformFigure = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/platform-figures',
  summary: 'Enters one platform’s back-end figures; the same clientId again answers the stored one (200)',
  access: recordWriters,
  body: CreatePlatformFigureRequestSchema,
  responses: { 201: PlatformFigureSchema, 200: PlatformFigureSchema },
});

export const getPlatformFigure = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/platform-figures/{id}',
  summary: 'A platform figure entry and its history',
  access: signedIn,
  params: { id: recordIdParam },
  responses: { 200: PlatformFigureDetailSchema },
});

export const updatePlatformFigure = /* @__PURE__ */ endpoint({
  method: 'PUT',
  path: '/platform-figures/{id}',
  summary: 'Replaces a platform figure entry’s fields, once per mutationId',
  access: recordWriters,
  params: { id: recordIdParam },
  body: UpdatePlatformFigureRequestSchema,
  responses: { 200: PlatformFigureSchema },
});

export const deletePlatformFigure = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/platform-figures/{id}/delete',
  summary: 'Soft-deletes a platform figure entry',
  access: recordWriters,
  params: { id: recordIdParam },
  body: DeleteRecordRequestSchema,
  responses: { 200: PlatformFigureSchema },
});

export const listMediaPosts = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/media-posts',
  summary: 'Media posts of a campaign in the caller’s subtree, latest first',
  access: signedIn,
  query: RecordListQuerySchema,
  responses: { 200: MediaPostListSchema },
});

export const createMediaPost = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/media-posts',
  summary: 'Enters a media post; the same clientId again answers the stored one (200)',
  access: recordWriters,
  body: CreateMediaPostRequestSchema,
  responses: { 201: MediaPostSchema, 200: MediaPostSchema },
});

export const getMediaPost = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/media-posts/{id}',
  summary: 'A media post and its history',
  access: signedIn,
  params: { id: recordIdParam },
  responses: { 200: MediaPostDetailSchema },
});

export const updateMediaPost = /* @__PURE__ */ endpoint({
  method: 'PUT',
  path: '/media-posts/{id}',
  summary: 'Replaces a media post’s fields, once per mutationId',
  access: recordWriters,
  params: { id: recordIdParam },
  body: UpdateMediaPostRequestSchema,
  responses: { 200: MediaPostSchema },
});

export const deleteMediaPost = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/media-posts/{id}/delete',
  summary: 'Soft-deletes a media post',
  access: recordWriters,
  params: { id: recordIdParam },
  body: DeleteRecordRequestSchema,
  responses: { 200: MediaPostSchema },
});
/**
 * What a unit enters per campaign besides its events: figures reported from other platforms'
 * back-ends, and media posts. Reads and writes are limited to the caller's subtree.
 */
export const outreachRecordEndpoints = {
  listPlatformFigures,
  createPlatformFigure,
  getPlatformFigure,
  updatePlatformFigure,
  deletePlatformFigure,
  listMediaPosts,
  createMediaPost,
  getMediaPost,
  updateMediaPost,
  deleteMediaPost,
};
