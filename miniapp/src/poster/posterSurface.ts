import Taro from '@tarojs/taro';
import { posterScale, type PosterSurface } from './posterSurface.types';
import type { PosterContext } from './posterLayout';

export type { PosterSurface } from './posterSurface.types';

/** The rendered `<Canvas type="2d" id=…>` node; it appears once the page's data reached the view. */
async function canvasNode(canvasId: string, attempts = 20): Promise<Taro.Canvas> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const node = await new Promise<Taro.Canvas | null>((resolve) => {
      Taro.createSelectorQuery()
        .select(`#${canvasId}`)
        .fields({ node: true, size: true })
        .exec((results: ({ node?: Taro.Canvas } | null)[]) => resolve(results[0]?.node ?? null));
    });
    if (node) return node;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`canvas #${canvasId} not found`);
}

/** WeChat build: the 2D canvas node, its own Image objects, canvasToTempFilePath to export. */
export async function getPosterSurface(canvasId: string, size: { width: number; height: number }): Promise<PosterSurface> {
  const node = await canvasNode(canvasId);
  node.width = size.width * posterScale;
  node.height = size.height * posterScale;
  // WeChat's 2D context implements the standard CanvasRenderingContext2D calls the poster uses.
  const ctx = node.getContext('2d') as unknown as PosterContext & { scale(x: number, y: number): void };
  ctx.scale(posterScale, posterScale);
  return {
    ctx,
    loadImage: (src) =>
      new Promise((resolve, reject) => {
        const image = node.createImage();
        // drawImage accepts the canvas's own Image objects; the DOM type does not know them.
        image.onload = () => resolve(image as unknown as CanvasImageSource);
        image.onerror = (error: unknown) => reject(error);
        image.src = src;
      }),
    exportImage: async () => (await Taro.canvasToTempFilePath({ canvas: node, fileType: 'png' })).tempFilePath,
  };
}
