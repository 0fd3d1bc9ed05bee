import { Text, View } from '@tarojs/components';
import type { PropsWithChildren, ReactNode } from 'react';
import './index.css';

interface SectionProps {
  title?: string;
  /** Small text or control at the right of the title. */
  aside?: ReactNode;
  id?: string;
}

/** A white card grouping one part of a page, like the landing page's cards. */
export function Section({ title, aside, id, children }: PropsWithChildren<SectionProps>) {
  return (
    <View className='staff-section' id={id}>
      {title ? (
        <View className='staff-section__head'>
          <Text className='staff-section__title'>{title}</Text>
          {aside ? <View className='staff-section__aside'>{aside}</View> : null}
        </View>
      ) : null}
      {children}
    </View>
  );
}
