import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { listMediaPosts } from '../domain/records/mediaPosts';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /media-posts?campaign= — staff, marketing, admin: a campaign's entries in the caller's subtree, latest first. */
export const handler = httpHandler(api.listMediaPosts, async ({ query, principal }) =>
  json(200, { posts: await listMediaPosts(principal, query.campaign) }, { 'Cache-Control': 'no-store' }),
);
