import Taro from '@tarojs/taro';
import { useMemo, useRef, useState } from 'react';
import type { CanvasTarget } from './canvas2d.types';

/**
 * A canvas of this page by a page-scoped reference: put `target.ref` on the `<Canvas>` and
 * pass `target` to getCanvas2d. The page is the one rendering now, captured once, so a page
 * below the top one (or a drill-down of the same page) never finds another page's canvas.
 */
export function useCanvasTarget(id: string): CanvasTarget {
  const ref = useRef<unknown>(null);
  const [page] = useState(() => Taro.getCurrentInstance().page ?? null);
  return useMemo(() => ({ id, ref, page }), [id, page]);
}
