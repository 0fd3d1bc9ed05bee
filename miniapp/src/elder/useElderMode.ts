import { useCallback, useEffect, useState } from 'react';
import { deviceStorage } from '../services/deviceStorage';
import { createElderStore, type ElderStore } from './elderStore';
import { pageFontScale } from './fontScale';
import { readWechatFontScale } from './readWechatFontScale';

let store: ElderStore | null = null;
// Storage is only safe to touch at runtime, not when the module loads.
const elderStore = (): ElderStore => (store ??= createElderStore(deviceStorage));

export interface ElderMode {
  /** 长辈模式 is on: larger text, higher contrast, one column, fewer secondary links. */
  on: boolean;
  /** The page's root font scale: the WeChat font setting, and in elder mode at least 1.3. */
  scale: number;
  toggle: () => void;
}

/**
 * 长辈模式 (elder mode) of the consumer pages: the user's one-tap choice, remembered on the
 * device and shared by every open page, combined with their WeChat font setting.
 */
export function useElderMode(): ElderMode {
  const [on, setOn] = useState(() => elderStore().get());
  const [wechatFactor] = useState(readWechatFontScale);

  useEffect(() => {
    // Pick up a change made between the first render and this subscription.
    setOn(elderStore().get());
    return elderStore().subscribe(setOn);
  }, []);

  const toggle = useCallback(() => elderStore().set(!elderStore().get()), []);
  return { on, scale: pageFontScale(wechatFactor, on), toggle };
}
