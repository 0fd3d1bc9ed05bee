import { Text, View } from '@tarojs/components';
import { keyboardPressable } from '../../utils/keyboardPressable';
import './index.css';

interface ElderToggleProps {
  on: boolean;
  onToggle: () => void;
}

/**
 * The one-tap switch between 长辈模式 (large text, one column, fewer links) and 标准模式: it
 * names the mode a tap switches to, so it reads the same to a screen reader as on screen.
 */
export function ElderToggle({ on, onToggle }: ElderToggleProps) {
  return (
    <View
      className={`elder-toggle${on ? ' elder-toggle--on' : ''}`}
      hoverClass="elder-toggle--pressed"
      ariaRole="button"
      onClick={onToggle}
      {...keyboardPressable(onToggle)}
    >
      <Text className="elder-toggle__mark" aria-hidden="true">
        {on ? '标' : '大'}
      </Text>
      <Text className="elder-toggle__text">{on ? '标准模式' : '长辈模式'}</Text>
    </View>
  );
}
