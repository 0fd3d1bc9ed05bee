import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { useFontScale } from '../../hooks/useFontScale';
import './index.css';

/** Base font in design px (750 wide): 32px → 16 CSS px on a 375-wide phone. */
const baseFontPx = 32;

/**
 * Root of every page: background, safe-area padding and the root font size that all
 * `em` sizes below follow, enlarged by the user's WeChat font setting.
 */
export function Screen({ children }: PropsWithChildren) {
  const scale = useFontScale();
  const style = scale === 1 ? undefined : { fontSize: Taro.pxTransform(Math.round(baseFontPx * scale)) };
  return (
    <View className='screen' style={style}>
      {children}
    </View>
  );
}
