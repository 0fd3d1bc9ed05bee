import {
  type MediaOutlet,
  type MediaPostFields,
  type MediaPostFigures,
  formatWan,
  mediaOutletLabels,
  mediaOutlets,
} from '@rights-outreach/shared';
import type { RecordView } from '../records/unitRecords';

/** The scope's media posts (deleted ones already left out) counted by outlet, every post listed latest first. */
export function mediaPostFigures(posts: Array<RecordView<MediaPostFields>>): MediaPostFigures {
  const byOutlet = Object.fromEntries(mediaOutlets.map((outlet) => [outlet, 0])) as Record<MediaOutlet, number>;
  for (const post of posts) byOutlet[post.outlet] += 1;
  return {
    total: posts.length,
    byOutlet,
    posts: [...posts]
      .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || a.id.localeCompare(b.id))
      .map(({ id, outlet, title, url, publishedOn, unitId, unitName, createdBy }) => ({
        id,
        outlet,
        title,
        url,
        publishedOn,
        unitId,
        unitName,
        createdBy,
      })),
  };
}

/**
 * `媒体发布信息16条，其中官网2条、公众号8条、美篇2篇、客资平台2条、视频号2条`: outlets in the
 * catalogue's order, those without a post left out; '' without posts.
 */
export function mediaPostClause(figures: MediaPostFigures): string {
  if (figures.total === 0) return '';
  const outlets = mediaOutlets
    .filter((outlet) => figures.byOutlet[outlet] > 0)
    .map((outlet) => `${mediaOutletLabels[outlet]}${formatWan(figures.byOutlet[outlet])}${outlet === 'meipian' ? '篇' : '条'}`);
  return `媒体发布信息${formatWan(figures.total)}条，其中${outlets.join('、')}`;
}
