import { Input, Textarea } from '@tarojs/components';
import './index.css';

interface TextInputProps {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  placeholder?: string;
  /** number: digits keyboard; the value stays text so an empty box is not 0. */
  kind?: 'text' | 'number' | 'password' | 'multiline';
  maxLength?: number;
  name?: string;
}

/** A large text box (≥ 48 px high) that reports every keystroke and its blur. */
export function TextInput({ value, onChange, onBlur, placeholder, kind = 'text', maxLength = 200, name }: TextInputProps) {
  if (kind === 'multiline') {
    return (
      <Textarea
        className='staff-input staff-input--multiline'
        value={value}
        placeholder={placeholder}
        maxlength={maxLength}
        onInput={(event) => onChange(event.detail.value)}
        onBlur={() => onBlur?.()}
        autoHeight
        name={name}
      />
    );
  }
  return (
    <Input
      className='staff-input'
      value={value}
      type={kind === 'number' ? 'number' : 'text'}
      password={kind === 'password'}
      placeholder={placeholder}
      placeholderClass='staff-input__placeholder'
      maxlength={maxLength}
      onInput={(event) => onChange(event.detail.value)}
      onBlur={() => onBlur?.()}
      name={name}
    />
  );
}
