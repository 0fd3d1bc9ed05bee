import { useCallback, useState } from 'react';
import { copyText } from '../../utils/copyText';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Copies a text to the clipboard (WeChat's or the browser's) and says whether it worked. */
export function useCopyText(text: string): { state: CopyState; copy: () => void } {
  const [state, setState] = useState<CopyState>('idle');
  const copy = useCallback(() => {
    void copyText(text).then((ok) => setState(ok ? 'copied' : 'failed'));
  }, [text]);
  return { state, copy };
}
