import { Text, View } from '@tarojs/components';
import type { Option } from '../../utils/options';
import { keyboardPressable } from '../../../utils/keyboardPressable';
import './index.css';

type ChoiceChipsProps<V extends string> = { /** Names the group for screen readers. */ label?: string } & (
  | { options: Option<V>[]; multiple?: false; value: V | ''; onChange: (value: V) => void }
  | { options: Option<V>[]; multiple: true; value: V[]; onChange: (value: V[]) => void }
);

/**
 * A few choices as tappable chips: one (`value`) or several (`multiple`). Large targets
 * on a phone, one click on a desk; no picker wheel for a handful of options.
 */
export function ChoiceChips<V extends string>(props: ChoiceChipsProps<V>) {
  const isOn = (value: V) => (props.multiple ? props.value.includes(value) : props.value === value);
  const toggle = (value: V) => {
    if (!props.multiple) {
      props.onChange(value);
      return;
    }
    // Keep the options' order, whatever order they were tapped in.
    const next = props.value.includes(value) ? props.value.filter((v) => v !== value) : [...props.value, value];
    props.onChange(props.options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <View className='choice-chips' ariaRole={props.multiple ? 'group' : 'radiogroup'} ariaLabel={props.label}>
      {props.options.map((option) => (
        <View
          key={option.value}
          className={`choice-chips__chip${isOn(option.value) ? ' choice-chips__chip--on' : ''}`}
          hoverClass='choice-chips__chip--pressed'
          ariaRole={props.multiple ? 'checkbox' : 'radio'}
          aria-checked={isOn(option.value)}
          onClick={() => toggle(option.value)}
          {...keyboardPressable(() => toggle(option.value))}
        >
          <Text>{option.label}</Text>
        </View>
      ))}
    </View>
  );
}
