import type { ChangeEvent } from 'react';
import type { SelectFieldProps } from './props';
import '../DateTimeField/picker.css';

/** H5 build of SelectField: the browser's native select (the phone's own picker). */
export function SelectField<V extends string>({ options, value, onChange, placeholder = '请选择', disabled = false }: SelectFieldProps<V>) {
  return (
    <select
      className='picker-box picker-box--native'
      value={value}
      disabled={disabled}
      onChange={(event: ChangeEvent<HTMLSelectElement>) => {
        const chosen = options.find((option) => option.value === event.target.value);
        if (chosen) onChange(chosen.value);
      }}
    >
      {value === '' ? (
        <option value='' disabled>
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
