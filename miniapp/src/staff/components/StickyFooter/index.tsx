import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './index.css';

/** The page's main action, always within thumb reach at the bottom (above the safe area). */
export function StickyFooter({ children }: PropsWithChildren) {
  return (
    <>
      <View className="sticky-footer__spacer" />
      <View className="sticky-footer">{children}</View>
    </>
  );
}
