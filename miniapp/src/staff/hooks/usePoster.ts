import { eventPlaceLabel } from '@rights-outreach/shared';
import type { LocalEvent } from '../../offline/localView';
import { downloadEventQr } from '../../services/events';
import { formatEventTime } from '../../utils/formatEventTime';
import type { PosterContent } from '../../poster/posterLayout';
import { usePosterImage, type PosterRequest } from '../../poster/usePosterImage';

export const posterCanvasId = 'event-poster-canvas';

/**
 * The event's QR poster: the QR code image (signed-in download) drawn with the campaign and
 * event, to show, save or print. Only for an event the server has (the QR code encodes its
 * id and is served by the API).
 */
export function usePoster(event: LocalEvent | null, campaign: { name: string; slogan: string } | null, enabled: boolean) {
  const content: PosterContent | null =
    event && campaign
      ? {
          campaignName: campaign.name,
          slogan: campaign.slogan,
          title: event.title,
          details: [
            `时间：${formatEventTime(event.startAt)}`,
            `地点：${eventPlaceLabel(event)}`,
            ...(event.server?.unitName ? [`主办：${event.server.unitName}`] : []),
          ],
          callToAction: '微信扫码 · 阅读权益知识 · 现场签到',
        }
      : null;
  const request: PosterRequest | null =
    enabled && event && content
      ? {
          key: JSON.stringify([event.id, content]),
          prepare: async () => ({ content, qrImagePath: await downloadEventQr(event.id) }),
          fileName: '活动海报.png',
        }
      : null;
  return usePosterImage(posterCanvasId, request);
}
