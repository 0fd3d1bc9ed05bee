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
}

/** The deep-blue band that opens every page: who is speaking, and what this page is. */
export function BrandHeader({ title, eyebrow, subtitle, meta }: BrandHeaderProps) {
  return (
    <View className='brand-header'>
      <View className='brand-header__badge'>
        <Text className='brand-header__badge-mark'>消保</Text>
        <Text className='brand-header__badge-text'>{eyebrow ?? '金融消费者权益保护'}</Text>
      </View>
      <Text className='brand-header__title'>{title}</Text>
      {subtitle ? <Text className='brand-header__subtitle'>{subtitle}</Text> : null}
      {meta ? <View className='brand-header__meta'>{meta}</View> : null}
    </View>
  );
}
