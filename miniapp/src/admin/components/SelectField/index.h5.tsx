import type { ChangeEvent } from 'react';
import type { SelectFieldProps } from './props';
import './index.css';

/** H5 build of SelectField: a native select (keyboard, mouse and type-to-find on a desk). */
export function SelectField<V extends string>({ options, value, onChange, placeholder = '请选择', disabled = false }: SelectFieldProps<V>) {
  const change = (event: ChangeEvent<HTMLSelectElement>) => {
    const chosen = options.find((option) => option.value === event.target.value);
    if (chosen) onChange(chosen.value);
  };
  return (
    <select className={`select-field${disabled ? ' select-field--disabled' : ''}`} value={value} disabled={disabled} onChange={change}>
      <option value='' disabled>
        {placeholder}
      </option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
