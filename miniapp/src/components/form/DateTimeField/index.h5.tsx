import type { ChangeEvent } from 'react';
import { useDensity } from '../density';
import type { DateTimeFieldProps } from './props';
import '../picker.css';

/** H5 build: the browser's date / time input, which reports YYYY-MM-DD and HH:mm as they are. */
export function DateTimeField({ mode, value, onChange, placeholder, label }: DateTimeFieldProps) {
  return (
    <input
      className={`form-picker form-picker--${useDensity()} form-picker--${mode} form-picker--native`}
      type={mode}
      value={value}
      aria-label={label}
      placeholder={placeholder}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
    />
  );
}
