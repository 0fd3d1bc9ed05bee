import type { PosterContext } from './posterLayout';

/** A canvas ready to draw the poster on, in the poster's own coordinates. */
export interface PosterSurface {
  ctx: PosterContext;
  /** Loads an image (a local file path or object URL) for drawImage. */
  loadImage(src: string): Promise<CanvasImageSource>;
  /** The drawn poster as an image path: a temp file in WeChat, a data URL in H5. */
  exportImage(): Promise<string>;
}

/** Output pixels per poster unit: 600 × 900 → 1200 × 1800 px, sharp enough to print. */
export const posterScale = 2;
