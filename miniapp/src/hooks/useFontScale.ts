import { useState } from 'react';
import { pageFontScale } from '../elder/fontScale';
import { readWechatFontScale } from '../elder/readWechatFontScale';

/**
 * The user's WeChat font scale (适老化 guidance: honour `fontSizeScaleFactor`). Pages set
 * it as the root font size and size everything else in `em`, so the whole layout grows.
 * Consumer pages use useElderMode instead, which adds the elder-mode minimum.
 */
export function useFontScale(): number {
  const [scale] = useState(() => pageFontScale(readWechatFontScale(), false));
  return scale;
}
