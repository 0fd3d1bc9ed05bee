import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import type { ElderMode } from '../../elder/useElderMode';
import { useFontScale } from '../../hooks/useFontScale';
import './index.css';

/** Base font in design px (750 wide): 32px → 16 CSS px on a 375-wide phone. */
const baseFontPx = 32;

interface ScreenProps {
  /** Consumer pages: 长辈模式 and its font scale (`screen--elder` restyles the page below it). */
  elder?: Pick<ElderMode, 'on' | 'scale'>;
}

/**
 * Root of every page: background, safe-area padding and the root font size that all
 * `em` sizes below follow, enlarged by the user's WeChat font setting (and elder mode).
 */
export function Screen({ elder, children }: PropsWithChildren<ScreenProps>) {
  const standardScale = useFontScale();
  const scale = elder ? elder.scale : standardScale;
  const style = scale === 1 ? undefined : { fontSize: Taro.pxTransform(Math.round(baseFontPx * scale)) };
  return (
    <View className={elder?.on ? 'screen screen--elder' : 'screen'} style={style}>
      {children}
    </View>
  );
}
