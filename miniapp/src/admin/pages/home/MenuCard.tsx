import { Text, View } from '@tarojs/components';
import { keyboardPressable } from '../../../utils/keyboardPressable';

interface MenuCardProps {
  title: string;
  text: string;
  onOpen: () => void;
}

/** One admin task on the home page; the whole card is the target. */
export function MenuCard({ title, text, onOpen }: MenuCardProps) {
  return (
    <View
      className="admin-home__card card card--edge-left"
      hoverClass="card--pressed"
      ariaRole="button"
      onClick={onOpen}
      {...keyboardPressable(onOpen)}
    >
      <Text className="admin-home__card-title">{title}</Text>
      <Text className="admin-home__card-text">{text}</Text>
      <Text className="admin-home__card-more">进入 ›</Text>
    </View>
  );
}
