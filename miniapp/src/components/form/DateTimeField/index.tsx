import { Picker, Text, View } from '@tarojs/components';
import { useDensity } from '../density';
import type { DateTimeFieldProps } from './props';
import '../picker.css';

/** A date (YYYY-MM-DD) or a time (HH:mm) with WeChat's picker; H5 uses `index.h5.tsx`. */
export function DateTimeField({ mode, value, onChange, placeholder, label }: DateTimeFieldProps) {
  return (
    <Picker mode={mode} value={value} onChange={(event) => onChange(String(event.detail.value))}>
      <View
        className={`form-picker form-picker--${useDensity()} form-picker--${mode}`}
        ariaRole="button"
        ariaLabel={`${label}：${value || placeholder || (mode === 'date' ? '选择日期' : '选择时间')}`}
      >
        <Text className={value ? 'form-picker__value' : 'form-picker__placeholder'}>
          {value || placeholder || (mode === 'date' ? '选择日期' : '选择时间')}
        </Text>
        <Text className="form-picker__arrow">▾</Text>
      </View>
    </Picker>
  );
}
