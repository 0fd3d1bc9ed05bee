import { Input } from '@tarojs/components';
import './index.css';

interface TextInputProps {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  password?: boolean;
  disabled?: boolean;
  maxlength?: number;
  /** Pressing enter / 完成 on the keyboard. */
  onConfirm?: () => void;
}

/** A bordered single-line input that reports plain strings. */
export function TextInput({ value, onChange, placeholder, password = false, disabled = false, maxlength = 140, onConfirm }: TextInputProps) {
  return (
    <Input
      className={`text-input${disabled ? ' text-input--disabled' : ''}`}
      value={value}
      placeholder={placeholder}
      password={password}
      disabled={disabled}
      maxlength={maxlength}
      onInput={(event) => onChange(event.detail.value)}
      onConfirm={onConfirm}
    />
  );
}
