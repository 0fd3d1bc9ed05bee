import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';

/**
 * Runs `onShownAgain` each time the page shows again (back from another page, or the app
 * back in the foreground), but not at its first show, which the page's own effect handles.
 */
export function useShownAgain(onShownAgain: () => void): void {
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) onShownAgain();
    shown.current = true;
  });
}
