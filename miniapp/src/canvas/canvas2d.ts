import Taro from '@tarojs/taro';
import { findWithRetry, type Canvas2d, type CanvasTarget } from './canvas2d.types';

export type { Canvas2d, CanvasTarget } from './canvas2d.types';

interface CanvasNodeInfo {
  node: Taro.Canvas;
  width: number;
  height: number;
}

function queryCanvas(target: CanvasTarget): Promise<CanvasNodeInfo | null> {
  return new Promise((resolve) => {
    const query = Taro.createSelectorQuery();
    // Scoped to the page that renders the canvas, not whichever page is on top now.
    (target.page ? query.in(target.page as Parameters<typeof query.in>[0]) : query)
      .select(`#${target.id}`)
      .fields({ node: true, size: true })
      .exec((results: (Partial<CanvasNodeInfo> | null)[]) => {
        const found = results[0];
        resolve(found?.node ? { node: found.node, width: found.width ?? 0, height: found.height ?? 0 } : null);
      });
  });
}

/** WeChat build: the `<Canvas type="2d" id=…>` node of the page that renders it. */
export async function getCanvas2d(target: CanvasTarget): Promise<Canvas2d> {
  const { node, width, height } = await findWithRetry(() => queryCanvas(target), `canvas #${target.id}`);
  // The node's own scheduling and Image objects: a mini-program has no window or document.
  const frames = node as unknown as { requestAnimationFrame(cb: (t: number) => void): number; cancelAnimationFrame(id: number): void };
  return {
    ctx: node.getContext('2d') as unknown as CanvasRenderingContext2D,
    cssSize: { width, height },
    pixelRatio: Taro.getWindowInfo().pixelRatio || 2,
    setBitmapSize(w, h) {
      node.width = w;
      node.height = h;
    },
    loadImage: (src) =>
      new Promise((resolve, reject) => {
        const image = node.createImage();
        // drawImage accepts the canvas's own Image objects; the DOM type does not know them.
        image.onload = () => resolve(image as unknown as CanvasImageSource);
        image.onerror = (error: unknown) => reject(error);
        image.src = src;
      }),
    createOffscreenCanvas: () => Taro.createOffscreenCanvas({ type: '2d', width: 10, height: 10 }),
    requestAnimationFrame: (callback) => frames.requestAnimationFrame(callback),
    cancelAnimationFrame: (id) => frames.cancelAnimationFrame(id),
    exportImage: async () => (await Taro.canvasToTempFilePath({ canvas: node, fileType: 'png' })).tempFilePath,
  };
}
