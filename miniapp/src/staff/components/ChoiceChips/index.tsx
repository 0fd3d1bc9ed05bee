import { Text, View } from '@tarojs/components';
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
}

/** Big tappable chips: one or several choices (the caller decides what a tap does). */
export function ChoiceChips<V extends string>({ options, selected, onToggle, onTouched }: ChoiceChipsProps<V>) {
  return (
    <View className='staff-chips'>
      {options.map((option) => {
        const on = selected.includes(option.value);
        return (
          <View
            key={option.value}
            className={`staff-chip${on ? ' staff-chip--on' : ''}`}
            hoverClass='staff-chip--pressed'
            ariaRole='checkbox'
            ariaLabel={on ? `${option.label}，已选中` : option.label}
            onClick={() => {
              onToggle(option.value);
              onTouched?.();
            }}
          >
            <Text>{on ? `✓ ${option.label}` : option.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
