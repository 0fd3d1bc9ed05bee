import { findWithRetry, type Canvas2d, type CanvasTarget } from './canvas2d.types';

export type { Canvas2d, CanvasTarget } from './canvas2d.types';

/** Taro's H5 `<Canvas>` is a `taro-canvas-core` element holding the real `<canvas>`: the one this page's ref holds. */
async function canvasElement(target: CanvasTarget): Promise<HTMLCanvasElement | null> {
  const host = target.ref.current;
  if (host instanceof HTMLCanvasElement) return host;
  return host instanceof Element ? host.querySelector('canvas') : null;
}

/**
 * H5 build: the browser's canvas element. Taro's canvas element resets its bitmap whenever it
 * re-renders, so callers draw once its props are settled and export (or keep) the result.
 */
export async function getCanvas2d(target: CanvasTarget): Promise<Canvas2d> {
  const canvas = await findWithRetry(() => canvasElement(target), `canvas #${target.id}`);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  const rect = canvas.getBoundingClientRect();
  return {
    ctx,
    cssSize: { width: rect.width, height: rect.height },
    pixelRatio: window.devicePixelRatio || 1,
    setBitmapSize(width, height) {
      canvas.width = width;
      canvas.height = height;
    },
    loadImage: (src) =>
      new Promise((resolve, reject) => {
        const image = new Image();
        image.onload = () => resolve(image);
        image.onerror = (error) => reject(error);
        image.src = src;
      }),
    createOffscreenCanvas: () => document.createElement('canvas'),
    requestAnimationFrame: (callback) => window.requestAnimationFrame(callback),
    cancelAnimationFrame: (id) => window.cancelAnimationFrame(id),
    exportImage: async () => canvas.toDataURL('image/png'),
  };
}
