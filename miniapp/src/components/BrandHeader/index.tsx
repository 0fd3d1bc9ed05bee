import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.css';

interface BrandHeaderProps {
  title: string;
  /** Small line above the title (programme or material type). */
  eyebrow?: string;
  subtitle?: string;
  /** Extra line under the subtitle, e.g. the campaign dates. */
  meta?: ReactNode;
  /** A control at the top right, e.g. the 长辈模式 switch. */
  action?: ReactNode;
}

/** The deep-blue band that opens every page: who is speaking, and what this page is. */
export function BrandHeader({ title, eyebrow, subtitle, meta, action }: BrandHeaderProps) {
  return (
    <View className="brand-header" ariaRole="banner">
      <View className="brand-header__top">
        <View className="brand-header__badge">
          <Text className="brand-header__badge-mark">消保</Text>
          <Text className="brand-header__badge-text">{eyebrow ?? '金融消费者权益保护'}</Text>
        </View>
        {action ? <View className="brand-header__action">{action}</View> : null}
      </View>
      <Text className="brand-header__title">{title}</Text>
      {subtitle ? <Text className="brand-header__subtitle">{subtitle}</Text> : null}
      {meta ? <View className="brand-header__meta">{meta}</View> : null}
    </View>
  );
}
