import { Picker, Text, View } from '@tarojs/components';
import type { SelectFieldProps } from './props';
import '../DateTimeField/picker.css';

/**
 * One choice out of a list with WeChat's own picker (a bottom sheet, easy with one thumb).
 * The H5 build uses `index.h5.tsx`: the browser's native select.
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
      <View className={`picker-box${disabled ? ' picker-box--disabled' : ''}`}>
        <Text className={index >= 0 ? 'picker-box__value' : 'picker-box__placeholder'}>{index >= 0 ? options[index]!.label : placeholder}</Text>
        <Text className='picker-box__arrow'>▾</Text>
      </View>
    </Picker>
  );
}
