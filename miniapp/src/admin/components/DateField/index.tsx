import { Picker, Text, View } from '@tarojs/components';
import type { DateFieldProps } from './props';
import './index.css';

/**
 * A calendar date with WeChat's date picker (YYYY-MM-DD). The H5 build uses `index.h5.tsx`:
 * the browser's own date input. A date carries no time zone: it is the day in China.
 */
export function DateField({ value, onChange, placeholder = '请选择日期' }: DateFieldProps) {
  return (
    <Picker mode='date' value={value} onChange={(event) => onChange(event.detail.value)}>
      <View className='date-field'>
        <Text className={value ? 'date-field__value' : 'date-field__placeholder'}>{value || placeholder}</Text>
        <Text className='date-field__icon'>▾</Text>
      </View>
    </Picker>
  );
}
