import Taro from '@tarojs/taro';
import { useState } from 'react';

/** Larger than this and two-column parts of the layout stop fitting a phone screen. */
const maxScale = 1.6;

type AppBaseInfo = Taro.getAppBaseInfo.Result & { fontSizeScaleFactor?: number };

function readFontScale(): number {
  // H5 follows the browser's own zoom; only WeChat reports the user's font setting.
  if (process.env.TARO_ENV !== 'weapp') return 1;
  try {
    const factor = (Taro.getAppBaseInfo() as AppBaseInfo).fontSizeScaleFactor;
    return typeof factor === 'number' && factor > 1 ? Math.min(factor, maxScale) : 1;
  } catch {
    return 1;
  }
}

/**
 * The user's WeChat font scale (适老化 guidance: honour `fontSizeScaleFactor`). Pages set
 * it as the root font size and size everything else in `em`, so the whole layout grows.
 */
export function useFontScale(): number {
  const [scale] = useState(readFontScale);
  return scale;
}
