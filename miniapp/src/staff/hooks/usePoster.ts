import { useCallback, useEffect, useState } from 'react';
import type { LocalEvent } from '../../offline/localView';
import { toApiError } from '../../services/ApiError';
import { downloadEventQr } from '../../services/events';
import { formatEventTime } from '../../utils/formatEventTime';
import { drawPoster, posterSize, type PosterContent } from '../../poster/posterLayout';
import { getPosterSurface } from '../../poster/posterSurface';
import { savePoster, saveActionLabel } from '../../poster/savePoster';

export type PosterState =
  | { kind: 'waiting' }
  | { kind: 'drawing' }
  | { kind: 'ready'; image: string }
  | { kind: 'failed'; message: string };

export const posterCanvasId = 'event-poster-canvas';

/**
 * The event's QR poster: the QR code image (signed-in download) drawn with the campaign and
 * event on the page's 2D canvas, then exported as an image to show, save or print.
 * Only for an event the server has (the QR code encodes its id and is served by the API).
 */
export function usePoster(event: LocalEvent | null, campaign: { name: string; slogan: string } | null, enabled: boolean) {
  const [state, setState] = useState<PosterState>({ kind: 'waiting' });
  const [attempt, setAttempt] = useState(0);

  const content: PosterContent | null =
    event && campaign
      ? {
          campaignName: campaign.name,
          slogan: campaign.slogan,
          title: event.title,
          details: [
            `时间：${formatEventTime(event.startAt)}`,
            `地点：${event.placeName}`,
            ...(event.server?.unitName ? [`主办：${event.server.unitName}`] : []),
          ],
          callToAction: '微信扫码 · 阅读权益知识 · 现场签到',
        }
      : null;
  const key = enabled && event && content ? JSON.stringify([event.id, content]) : null;

  useEffect(() => {
    if (!key || !event || !content) {
      setState({ kind: 'waiting' });
      return undefined;
    }
    let current = true;
    setState({ kind: 'drawing' });
    (async () => {
      const qrPath = await downloadEventQr(event.id);
      const surface = await getPosterSurface(posterCanvasId, posterSize);
      const qr = await surface.loadImage(qrPath);
      drawPoster(surface.ctx, content, qr);
      return surface.exportImage();
    })().then(
      (image) => current && setState({ kind: 'ready', image }),
      (error: unknown) => {
        if (!current) return;
        const apiError = toApiError(error);
        setState({ kind: 'failed', message: apiError.code === 'INTERNAL' ? '海报生成失败，请重试' : apiError.userMessage });
      },
    );
    return () => {
      current = false;
    };
    // `key` captures the event id and everything drawn.
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const save = useCallback(async () => {
    if (state.kind === 'ready') return savePoster(state.image);
    return 'cancelled' as const;
  }, [state]);

  return { state, retry, save, saveLabel: saveActionLabel };
}
