import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Copies a text to the clipboard (WeChat's or the browser's) and says whether it worked. */
export function useCopyText(text: string): { state: CopyState; copy: () => void } {
  const [state, setState] = useState<CopyState>('idle');
  const copy = useCallback(() => {
    Taro.setClipboardData({ data: text }).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  }, [text]);
  return { state, copy };
}
