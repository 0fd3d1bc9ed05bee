import { Text, View } from '@tarojs/components';
import { Section } from '../../../components/form/Section';
import { ActionButton } from '../../../components/form/ActionButton';
import { keyboardPressable } from '../../../utils/keyboardPressable';

interface HeadcountClickerProps {
  count: number;
  changed: boolean;
  notStored: boolean;
  error: string | null;
  onIncrement: () => void;
  onDecrement: () => void;
  onSave: () => void;
}

/** 现场计数: one huge number and two huge buttons, usable without looking twice. */
export function HeadcountClicker({ count, changed, notStored, error, onIncrement, onDecrement, onSave }: HeadcountClickerProps) {
  return (
    <Section title="现场计数" extra="每点一下自动保存在手机上">
      <View className="clicker">
        <Text className="clicker__count">{count}</Text>
        <Text className="clicker__unit">人</Text>
      </View>
      <View className="clicker__buttons">
        <View
          className="clicker__minus"
          hoverClass="clicker__button--pressed"
          onClick={onDecrement}
          ariaRole="button"
          ariaLabel="减一"
          {...keyboardPressable(onDecrement)}
        >
          <Text>−1</Text>
        </View>
        <View
          className="clicker__plus"
          hoverClass="clicker__button--pressed"
          onClick={onIncrement}
          ariaRole="button"
          ariaLabel="加一"
          {...keyboardPressable(onIncrement)}
        >
          <Text>+1</Text>
        </View>
      </View>
      {notStored ? <Text className="clicker__warning">手机存储空间不足，计数暂未保存，请尽快点“保存人数”</Text> : null}
      {error ? <Text className="clicker__warning">{error}</Text> : null}
      <View className="clicker__save">
        <ActionButton
          text={changed ? '保存人数' : '人数已保存'}
          variant={changed ? 'primary' : 'secondary'}
          block
          disabled={!changed}
          onClick={onSave}
          className="clicker__save-button"
        />
      </View>
    </Section>
  );
}
