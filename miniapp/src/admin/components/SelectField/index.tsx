import { Picker, Text, View } from '@tarojs/components';
import type { SelectFieldProps } from './props';
import './index.css';

/**
 * One choice out of many (e.g. an org unit) with WeChat's own picker. The H5 build uses
 * `index.h5.tsx` instead: a native select, which a desktop browser handles far better.
 */
export function SelectField<V extends string>({ options, value, onChange, placeholder = '请选择', disabled = false }: SelectFieldProps<V>) {
  const index = options.findIndex((option) => option.value === value);
  return (
    <Picker
      mode='selector'
      range={options.map((option) => option.label)}
      value={Math.max(index, 0)}
      disabled={disabled}
      onChange={(event) => {
        const chosen = options[Number(event.detail.value)];
        if (chosen) onChange(chosen.value);
      }}
    >
      <View className={`select-field${disabled ? ' select-field--disabled' : ''}`}>
        <Text className={index >= 0 ? 'select-field__value' : 'select-field__placeholder'}>
          {index >= 0 ? options[index]!.label : placeholder}
        </Text>
        <Text className='select-field__arrow'>▾</Text>
      </View>
    </Picker>
  );
}
