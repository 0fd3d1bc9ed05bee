import type { ChangeEvent } from 'react';
import { useDensity } from '../density';
import type { SelectFieldProps } from './props';
import '../picker.css';

/** H5 build of SelectField: the browser's native select (the phone's own picker; keyboard and type-to-find on a desk). */
export function SelectField<V extends string>({
  options,
  value,
  onChange,
  placeholder = '请选择',
  disabled = false,
  label,
}: SelectFieldProps<V>) {
  const density = useDensity();
  return (
    <select
      className={`form-picker form-picker--${density} form-picker--native${disabled ? ' form-picker--disabled' : ''}`}
      value={value}
      aria-label={label}
      disabled={disabled}
      onChange={(event: ChangeEvent<HTMLSelectElement>) => {
        const chosen = options.find((option) => option.value === event.target.value);
        if (chosen) onChange(chosen.value);
      }}
    >
      {value === '' ? (
        <option value="" disabled>
          {placeholder}
        </option>
      ) : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
