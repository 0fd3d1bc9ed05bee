/**
 * Which `<Canvas type="2d">` to draw on, found within the page that renders it, never by a
 * document-wide id: Taro keeps pages below the top one alive (a drill-down is the same page
 * again, with the same ids), and a global lookup finds theirs (issue 11).
 */
export interface CanvasTarget {
  /** The canvas's id, unique within its page. */
  id: string;
  /** H5: the `<Canvas>` host element, set by React through this ref. */
  ref: { current: unknown };
  /** WeChat: the page instance rendering the canvas, the scope of the selector query. */
  page: unknown;
}

/**
 * A `<Canvas type="2d">` of the page, with what drawing code needs from it in
 * either build: WeChat's canvas node or the browser's `<canvas>` element.
 */
export interface Canvas2d {
  /** WeChat's 2D context implements the standard CanvasRenderingContext2D calls. */
  ctx: CanvasRenderingContext2D;
  /** The element's size on screen, in CSS px. */
  cssSize: { width: number; height: number };
  /** Device pixels per CSS px of this screen. */
  pixelRatio: number;
  /** Sets the bitmap's size in device pixels (clears it). */
  setBitmapSize(width: number, height: number): void;
  /** Loads an image (a local file path, object URL or data URL) for drawImage. */
  loadImage(src: string): Promise<CanvasImageSource>;
  /** Another 2D canvas off screen, e.g. for measuring text. */
  createOffscreenCanvas(): unknown;
  requestAnimationFrame(callback: (time: number) => void): number;
  cancelAnimationFrame(id: number): void;
  /** What is drawn, as an image: a temp file in WeChat, a PNG data URL in H5. */
  exportImage(): Promise<string>;
}

/** Polls for a canvas that appears once the page's data reached the view. */
export async function findWithRetry<T>(find: () => Promise<T | null>, what: string, attempts = 20): Promise<T> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const found = await find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} not found`);
}
