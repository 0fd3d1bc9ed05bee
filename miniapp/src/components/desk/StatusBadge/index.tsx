import { Text } from '@tarojs/components';
import './index.css';

export type BadgeTone = 'good' | 'info' | 'muted' | 'warn';

interface StatusBadgeProps {
  tone: BadgeTone;
  text: string;
}

/** A small coloured tag: 进行中 / 已结束, 正常 / 停用, 已绑定. */
export function StatusBadge({ tone, text }: StatusBadgeProps) {
  return <Text className={`status-badge status-badge--${tone}`}>{text}</Text>;
}
