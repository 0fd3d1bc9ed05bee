import { Text, View } from '@tarojs/components';
import { keyboardPressable } from '../../../utils/keyboardPressable';
import './index.css';

export interface ChipOption<V extends string> {
  value: V;
  label: string;
}

interface ChoiceChipsProps<V extends string> {
  options: readonly ChipOption<V>[];
  selected: readonly V[];
  onToggle: (value: V) => void;
  /** Called after a tap, for validating on "blur" of a chip group. */
  onTouched?: () => void;
  /** One choice (radio buttons) or several (checkboxes); default several. */
  single?: boolean;
  /** Names the group for screen readers. */
  label?: string;
}

/** Big tappable chips: one or several choices (the caller decides what a tap does). */
export function ChoiceChips<V extends string>({ options, selected, onToggle, onTouched, single = false, label }: ChoiceChipsProps<V>) {
  return (
    <View className='staff-chips' ariaRole={single ? 'radiogroup' : 'group'} ariaLabel={label}>
      {options.map((option) => {
        const on = selected.includes(option.value);
        const press = () => {
          onToggle(option.value);
          onTouched?.();
        };
        return (
          <View
            key={option.value}
            className={`staff-chip${on ? ' staff-chip--on' : ''}`}
            hoverClass='staff-chip--pressed'
            ariaRole={single ? 'radio' : 'checkbox'}
            aria-checked={on}
            ariaLabel={option.label}
            onClick={press}
            {...keyboardPressable(press)}
          >
            <Text>{on ? `✓ ${option.label}` : option.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
