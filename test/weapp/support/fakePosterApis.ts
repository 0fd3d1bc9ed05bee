import type { WxStub } from './wxStub';

export const qrTempPath = 'wxfile://tmp/poster-qr.png';
export const posterTempPath = 'wxfile://tmp/poster.png';

interface Callbacks {
  success?: (result: unknown) => void;
  fail?: (result: { errMsg: string }) => void;
  complete?: (result: unknown) => void;
}

/** What was drawn on the fake 2D canvas, in order. */
export interface Drawing {
  texts: string[];
  images: { src: string }[];
  /** The scope each canvas query was limited to (`.in(page)`), in order; null for an unscoped query. */
  queryScopes: unknown[];
}

function answer(options: Callbacks | undefined, result: unknown): void {
  setTimeout(() => {
    options?.success?.(result);
    options?.complete?.(result);
  }, 0);
}

/**
 * WeChat's side of drawing and saving a poster, at the boundary: `downloadFile` hands back a
 * temp file, `createSelectorQuery` finds a 2D canvas node whose context records what is drawn,
 * `canvasToTempFilePath` exports it, `saveImageToPhotosAlbum` succeeds. Install before
 * launchApp: Taro exposes only the APIs `wx` has when the app starts.
 */
export function installPosterApis(stub: WxStub): Drawing {
  const drawing: Drawing = { texts: [], images: [], queryScopes: [] };
  const context = new Proxy(
    {
      measureText: (text: string) => ({ width: Array.from(text).length * 24 }),
      fillText: (text: string) => void drawing.texts.push(text),
      drawImage: (image: { src: string }) => void drawing.images.push({ src: image.src }),
      createLinearGradient: () => ({ addColorStop: () => undefined }),
    } as Record<string | symbol, unknown>,
    {
      // Every other call (fillRect, arcTo, save, scale …) is accepted; styles are plain properties.
      get: (target, name) => (name in target ? target[name] : () => undefined),
      set: (target, name, value) => {
        target[name] = value;
        return true;
      },
    },
  );
  const canvasNode = {
    width: 300,
    height: 150,
    getContext: () => context,
    createImage: () => {
      const image = { src: '', onload: null as null | (() => void), onerror: null as null | ((error: unknown) => void) };
      return new Proxy(image, {
        set: (target, name, value) => {
          (target as Record<string | symbol, unknown>)[name] = value;
          if (name === 'src') setTimeout(() => target.onload?.(), 0);
          return true;
        },
      });
    },
  };

  Object.assign(stub.wx, {
    downloadFile: (options: Callbacks & { url: string; header?: Record<string, string> }) => {
      stub.calls.push({ name: 'downloadFile', options });
      answer(options, { errMsg: 'downloadFile:ok', statusCode: 200, tempFilePath: qrTempPath });
    },
    createSelectorQuery: () => {
      let scope: unknown = null;
      const query = {
        in: (component: unknown) => {
          scope = component;
          return query;
        },
        select: () => query,
        fields: () => query,
        exec: (callback: (results: unknown[]) => void) => {
          drawing.queryScopes.push(scope);
          setTimeout(() => callback([{ node: canvasNode, width: 600, height: 900 }]), 0);
        },
      };
      return query;
    },
    canvasToTempFilePath: (options: Callbacks) => {
      stub.calls.push({ name: 'canvasToTempFilePath', options });
      answer(options, { errMsg: 'canvasToTempFilePath:ok', tempFilePath: posterTempPath });
    },
    saveImageToPhotosAlbum: (options: Callbacks & { filePath: string }) => {
      stub.calls.push({ name: 'saveImageToPhotosAlbum', options });
      answer(options, { errMsg: 'saveImageToPhotosAlbum:ok' });
    },
  });
  return drawing;
}
