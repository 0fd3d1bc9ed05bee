import Taro from '@tarojs/taro';

type FontScaleInfo = { fontSizeScaleFactor?: unknown };

/**
 * The user's WeChat font setting as a factor (1 = standard), from getAppBaseInfo where the base
 * library has it, else getSystemInfoSync. H5 has none: the browser's own zoom applies there.
 */
export function readWechatFontScale(): number {
  if (process.env.TARO_ENV !== 'weapp') return 1;
  return (
    positiveFactor(safeRead(() => (Taro.getAppBaseInfo?.() as FontScaleInfo | undefined)?.fontSizeScaleFactor)) ??
    positiveFactor(safeRead(() => (Taro.getSystemInfoSync() as FontScaleInfo).fontSizeScaleFactor)) ??
    1
  );
}

function safeRead(read: () => unknown): unknown {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function positiveFactor(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}
