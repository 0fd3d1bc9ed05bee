import { posterScale, type PosterSurface } from './posterSurface.types';

export type { PosterSurface } from './posterSurface.types';

/** Taro's H5 `<Canvas>` is a `taro-canvas-core` element holding the real `<canvas>`. */
async function canvasElement(canvasId: string, attempts = 20): Promise<HTMLCanvasElement> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const host = document.getElementById(canvasId);
    const canvas = host instanceof HTMLCanvasElement ? host : host?.querySelector('canvas');
    if (canvas) return canvas;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`canvas #${canvasId} not found`);
}

/** H5 build: the browser canvas, DOM images, a PNG data URL to show and download. */
export async function getPosterSurface(canvasId: string, size: { width: number; height: number }): Promise<PosterSurface> {
  const canvas = await canvasElement(canvasId);
  canvas.width = size.width * posterScale;
  canvas.height = size.height * posterScale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.scale(posterScale, posterScale);
  return {
    ctx,
    loadImage: (src) =>
      new Promise((resolve, reject) => {
        const image = new Image();
        image.onload = () => resolve(image);
        image.onerror = (error) => reject(error);
        image.src = src;
      }),
    // Exported at once: Taro's canvas element resets its bitmap whenever it re-renders.
    exportImage: async () => canvas.toDataURL('image/png'),
  };
}
