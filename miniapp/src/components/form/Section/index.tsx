import { Text, View } from '@tarojs/components';
import type { PropsWithChildren, ReactNode } from 'react';
import { useDensity } from '../density';
import './index.css';

interface SectionProps {
  title?: string;
  /** A short explanation under the title. */
  hint?: string;
  /** Small text or an action at the right of the title (e.g. 新建). */
  extra?: ReactNode;
  id?: string;
}

/** A white card grouping one part of a page (a list, a form), like the landing page's cards. */
export function Section({ title, hint, extra, id, children }: PropsWithChildren<SectionProps>) {
  return (
    <View className={`section-card card section-card--${useDensity()}`} id={id}>
      {title ? (
        <View className="section-card__head">
          <Text className="section-card__title">{title}</Text>
          {extra ? <View className="section-card__extra">{extra}</View> : null}
        </View>
      ) : null}
      {hint ? <Text className="section-card__hint">{hint}</Text> : null}
      {children}
    </View>
  );
}
