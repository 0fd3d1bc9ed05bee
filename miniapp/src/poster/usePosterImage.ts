import { useCallback, useEffect, useState } from 'react';
import type { CanvasTarget } from '../canvas/canvas2d.types';
import { useCanvasTarget } from '../canvas/useCanvasTarget';
import { toApiError } from '../services/ApiError';
import { drawPoster, posterSize, type PosterContent } from './posterLayout';
import { getPosterSurface } from './posterSurface';
import { savePoster, saveActionLabel } from './savePoster';

export type PosterState =
  { kind: 'waiting' } | { kind: 'drawing' } | { kind: 'ready'; image: string } | { kind: 'failed'; message: string };

/** What a poster shows, fetched when it is drawn. */
export interface PosterDrawing {
  content: PosterContent;
  /** The QR code image as a local path: a temp file (weapp) or an object URL (H5). */
  qrImagePath: string;
}

export interface PosterRequest {
  /** Names everything drawn: a new key draws the poster again. */
  key: string;
  /** Fetches the content and the QR code image. */
  prepare: () => Promise<PosterDrawing>;
  /** Name of the downloaded file (H5). */
  fileName: string;
}

export interface PosterImage {
  state: PosterState;
  retry: () => void;
  save: () => Promise<'saved' | 'cancelled'>;
  /** 保存到相册 (weapp) or 下载海报 (H5). */
  saveLabel: string;
  /** The page's canvas it draws on: put `canvas.ref` on that `<Canvas>`. */
  canvas: CanvasTarget;
}

/**
 * A QR poster drawn on the page's `<Canvas type="2d" id={canvasId}>`, then exported as an
 * image to show (long-press in WeChat), save or print. Nothing happens while `request` is
 * null; each new `request.key` draws again, and a superseded drawing is never shown.
 */
export function usePosterImage(canvasId: string, request: PosterRequest | null): PosterImage {
  const [state, setState] = useState<PosterState>({ kind: 'waiting' });
  const [attempt, setAttempt] = useState(0);
  const key = request?.key ?? null;
  const canvas = useCanvasTarget(canvasId);

  useEffect(() => {
    if (!request) {
      setState({ kind: 'waiting' });
      return undefined;
    }
    let current = true;
    setState({ kind: 'drawing' });
    (async () => {
      const { content, qrImagePath } = await request.prepare();
      const surface = await getPosterSurface(canvas, posterSize);
      const qr = await surface.loadImage(qrImagePath);
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
    // `key` names everything the request draws.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const fileName = request?.fileName;
  const save = useCallback(async () => {
    if (state.kind === 'ready') return savePoster(state.image, fileName);
    return 'cancelled' as const;
  }, [state, fileName]);

  return { state, retry, save, saveLabel: saveActionLabel, canvas };
}
