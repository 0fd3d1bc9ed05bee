import { Canvas } from '@antv/f2';
import { useEffect, useState } from 'react';
import { getCanvas2d, type CanvasTarget } from '../../canvas/canvas2d';
import type { ChartSpec } from '../charts/chartSpec';

export type ChartState = 'drawing' | 'drawn' | 'failed';

/**
 * Draws `spec` with F2 on the page's `<Canvas type="2d">` of `target` (found within its own page), in WeChat and in a
 * browser alike: the context, frames and an off-screen canvas for measuring text come from the
 * canvas helper, since a mini-program has no DOM. Drawn once per data (no animation), and
 * again when the data changes.
 */
export function useF2Chart(target: CanvasTarget, spec: ChartSpec): ChartState {
  const [state, setState] = useState<ChartState>('drawing');

  useEffect(() => {
    let current = true;
    let chart: Canvas | null = null;
    setState('drawing');
    (async () => {
      const surface = await getCanvas2d(target);
      const { width, height } = surface.cssSize;
      if (!current) return;
      if (width <= 0 || height <= 0) throw new Error(`canvas #${target.id} has no size`);
      surface.setBitmapSize(Math.round(width * surface.pixelRatio), Math.round(height * surface.pixelRatio));
      chart = new Canvas({
        context: surface.ctx,
        pixelRatio: surface.pixelRatio,
        width,
        height,
        animate: false,
        // F2 halves its `px` sizes (made for 750-wide designs): labels came out at 10 px. Ours read at 13.
        px2hd: (value: number) => value * 0.65,
        offscreenCanvas: surface.createOffscreenCanvas(),
        requestAnimationFrame: surface.requestAnimationFrame,
        cancelAnimationFrame: surface.cancelAnimationFrame,
        children: spec.render(),
      } as ConstructorParameters<typeof Canvas>[0]);
      await chart.render();
    })().then(
      () => current && setState('drawn'),
      () => current && setState('failed'),
    );
    return () => {
      current = false;
      chart?.destroy();
    };
    // `spec.key` changes exactly when the drawn data does; `spec` itself is rebuilt every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target, spec.key]);

  return state;
}
