import { Text, View } from '@tarojs/components';
import { ariaState } from '../../../utils/ariaState';
import { keyboardPressable } from '../../../utils/keyboardPressable';
import './index.css';

interface CheckRowProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A tappable row with a check box: a big target for a yes/no filter. */
export function CheckRow({ label, checked, onChange }: CheckRowProps) {
  return (
    <View
      className="check-row"
      ariaRole="checkbox"
      aria-checked={ariaState(checked)}
      ariaLabel={label}
      onClick={() => onChange(!checked)}
      {...keyboardPressable(() => onChange(!checked))}
    >
      <View className={`check-row__box${checked ? ' check-row__box--on' : ''}`}>
        <Text>{checked ? '✓' : ''}</Text>
      </View>
      <Text className="check-row__label">{label}</Text>
    </View>
  );
}
