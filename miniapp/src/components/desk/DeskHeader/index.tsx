import { Text, View } from '@tarojs/components';
import { keyboardPressable } from '../../../utils/keyboardPressable';
import './index.css';

interface DeskHeaderProps {
  /** The area, next to the badge: 管理后台, 数据看板. */
  area: string;
  title: string;
  subtitle?: string;
  /** A link back to the area's home (every page but the home itself). */
  home?: { label: string; onOpen: () => void };
}

/** The deep-blue band of the desk areas, its content aligned with the page body on wide screens. */
export function DeskHeader({ area, title, subtitle, home }: DeskHeaderProps) {
  return (
    <View className="desk-header">
      <View className="desk-container">
        <View className="desk-header__badge">
          <Text className="desk-header__badge-mark">消保</Text>
          <Text className="desk-header__badge-text">消保宣传通 · {area}</Text>
        </View>
        {home ? (
          <Text className="desk-header__home" onClick={home.onOpen} {...keyboardPressable(home.onOpen, true, 'link')}>
            ‹ {home.label}
          </Text>
        ) : null}
        <Text className="desk-header__title">{title}</Text>
        {subtitle ? <Text className="desk-header__subtitle">{subtitle}</Text> : null}
      </View>
    </View>
  );
}
