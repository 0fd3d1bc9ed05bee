import type { ChangeEvent } from 'react';
import type { DateFieldProps } from './props';
import './index.css';

/** H5 build of DateField: the browser's date input, which reports YYYY-MM-DD as is. */
export function DateField({ value, onChange, placeholder = '请选择日期' }: DateFieldProps) {
  return (
    <input
      className='date-field'
      type='date'
      value={value}
      placeholder={placeholder}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
    />
  );
}
