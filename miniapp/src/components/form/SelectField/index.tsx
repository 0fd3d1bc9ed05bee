import { Picker, Text, View } from '@tarojs/components';
import { useDensity } from '../density';
import type { SelectFieldProps } from './props';
import '../picker.css';

/**
 * One choice out of a list with WeChat's own picker (a bottom sheet, easy with one thumb).
 * The H5 build uses `index.h5.tsx`: the browser's native select.
 */
export function SelectField<V extends string>({
  options,
  value,
  onChange,
  placeholder = '请选择',
  disabled = false,
  label,
}: SelectFieldProps<V>) {
  const density = useDensity();
  const index = options.findIndex((option) => option.value === value);
  return (
    <Picker
      mode="selector"
      range={options.map((option) => option.label)}
      value={Math.max(index, 0)}
      disabled={disabled}
      onChange={(event) => {
        const chosen = options[Number(event.detail.value)];
        if (chosen) onChange(chosen.value);
      }}
    >
      <View
        className={`form-picker form-picker--${density}${disabled ? ' form-picker--disabled' : ''}`}
        ariaRole="button"
        ariaLabel={`${label}：${index >= 0 ? options[index]!.label : placeholder}`}
      >
        <Text className={index >= 0 ? 'form-picker__value' : 'form-picker__placeholder'}>
          {index >= 0 ? options[index]!.label : placeholder}
        </Text>
        <Text className="form-picker__arrow">▾</Text>
      </View>
    </Picker>
  );
}
