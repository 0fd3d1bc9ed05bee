import { Text, View } from '@tarojs/components';
import type { PropsWithChildren, ReactNode } from 'react';
import './index.css';

interface SectionProps {
  title: string;
  /** A short explanation under the title. */
  hint?: string;
  /** An action on the right of the title (e.g. 新建). */
  extra?: ReactNode;
  id?: string;
}

/** One white card of an admin page: a list, or a form. */
export function Section({ title, hint, extra, id, children }: PropsWithChildren<SectionProps>) {
  return (
    <View className='admin-section' id={id}>
      <View className='admin-section__head'>
        <Text className='admin-section__title'>{title}</Text>
        {extra ? <View className='admin-section__extra'>{extra}</View> : null}
      </View>
      {hint ? <Text className='admin-section__hint'>{hint}</Text> : null}
      {children}
    </View>
  );
}
