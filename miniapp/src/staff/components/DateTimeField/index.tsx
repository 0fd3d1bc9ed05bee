import { Picker, Text, View } from '@tarojs/components';
import type { DateTimeFieldProps } from './props';
import './picker.css';

/** A date (YYYY-MM-DD) or a time (HH:mm) with WeChat's picker; H5 uses `index.h5.tsx`. */
export function DateTimeField({ mode, value, onChange, placeholder }: DateTimeFieldProps) {
  return (
    <Picker mode={mode} value={value} onChange={(event) => onChange(String(event.detail.value))}>
      <View className='picker-box'>
        <Text className={value ? 'picker-box__value' : 'picker-box__placeholder'}>
          {value || placeholder || (mode === 'date' ? '选择日期' : '选择时间')}
        </Text>
        <Text className='picker-box__arrow'>▾</Text>
      </View>
    </Picker>
  );
}
