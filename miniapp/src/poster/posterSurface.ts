import { getCanvas2d, type CanvasTarget } from '../canvas/canvas2d';
import { posterScale, type PosterSurface } from './posterSurface.types';

export type { PosterSurface } from './posterSurface.types';

/** The page's 2D canvas sized for the poster (in both builds), drawn in the poster's own coordinates. */
export async function getPosterSurface(target: CanvasTarget, size: { width: number; height: number }): Promise<PosterSurface> {
  const canvas = await getCanvas2d(target);
  canvas.setBitmapSize(size.width * posterScale, size.height * posterScale);
  canvas.ctx.scale(posterScale, posterScale);
  return { ctx: canvas.ctx, loadImage: canvas.loadImage, exportImage: canvas.exportImage };
}
