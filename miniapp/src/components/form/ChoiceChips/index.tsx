import { Text, View } from '@tarojs/components';
import { ariaState } from '../../../utils/ariaState';
import { keyboardPressable } from '../../../utils/keyboardPressable';
import './index.css';

export interface ChipOption<V extends string> {
  value: V;
  label: string;
}

type ChoiceChipsProps<V extends string> = {
  options: readonly ChipOption<V>[];
  /** Names the group for screen readers. */
  label?: string;
  /** `desk` (admin: compact, teal) or `field` (staff on a phone: taller, navy, a ✓ on chosen chips). */
  look?: 'desk' | 'field';
  /** Called after every tap, e.g. to validate a chip group as a field loses focus. */
  onTouched?: () => void;
} & (
  | { multiple?: false; value: V | ''; onChange: (value: V) => void }
  | {
      multiple: true;
      value: readonly V[];
      /** The new choice, in the options' order whatever order they were tapped in. */
      onChange?: (value: V[]) => void;
      /** Instead of onChange: the tapped value, for callers that keep their own order. */
      onToggle?: (value: V) => void;
    }
);

/**
 * A few choices as tappable chips: one (radio buttons) or several (`multiple`, checkboxes), with
 * role and aria-checked on every chip. Large targets on a phone, one click on a desk; no picker
 * wheel for a handful of options.
 */
export function ChoiceChips<V extends string>(props: ChoiceChipsProps<V>) {
  const { options, label, look = 'desk', onTouched } = props;
  const isOn = (value: V) => (props.multiple ? props.value.includes(value) : props.value === value);
  const toggle = (value: V) => {
    if (!props.multiple) props.onChange(value);
    else if (props.onToggle) props.onToggle(value);
    else {
      const next = props.value.includes(value) ? props.value.filter((v) => v !== value) : [...props.value, value];
      props.onChange?.(options.map((o) => o.value).filter((v) => next.includes(v)));
    }
    onTouched?.();
  };
  return (
    <View className={`choice-chips choice-chips--${look}`} ariaRole={props.multiple ? 'group' : 'radiogroup'} ariaLabel={label}>
      {options.map((option) => {
        const on = isOn(option.value);
        const press = () => toggle(option.value);
        return (
          <View
            key={option.value}
            className={`choice-chips__chip${on ? ' choice-chips__chip--on' : ''}`}
            hoverClass="choice-chips__chip--pressed"
            ariaRole={props.multiple ? 'checkbox' : 'radio'}
            aria-checked={ariaState(on)}
            ariaLabel={option.label}
            onClick={press}
            {...keyboardPressable(press)}
          >
            <Text>{on && look === 'field' ? `✓ ${option.label}` : option.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
