import { Input, Textarea } from '@tarojs/components';
import { useDensity } from '../density';
import { useFieldLabel } from '../FormField';
import './index.css';

interface TextInputProps {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Pressing enter / 完成 on the keyboard. */
  onConfirm?: () => void;
  placeholder?: string;
  /** number: digits keyboard; the value stays text so an empty box is not 0. */
  kind?: 'text' | 'number' | 'password' | 'multiline';
  disabled?: boolean;
  maxLength?: number;
  name?: string;
  /** Name for screen readers; default the label of the FormField around it. */
  label?: string;
}

/** A bordered text box that reports every keystroke (plain strings) and its blur. */
export function TextInput({
  value,
  onChange,
  onBlur,
  onConfirm,
  placeholder,
  kind = 'text',
  disabled = false,
  maxLength = 200,
  name,
  label,
}: TextInputProps) {
  const fieldLabel = useFieldLabel();
  const spoken = label ?? fieldLabel;
  // H5 renders a native <input> inside the component: its name goes there; WeChat reads ariaLabel.
  const named = spoken ? (process.env.TARO_ENV === 'h5' ? { nativeProps: { 'aria-label': spoken } } : { ariaLabel: spoken }) : {};
  const className = `form-input form-input--${useDensity()}${disabled ? ' form-input--disabled' : ''}`;
  if (kind === 'multiline') {
    return (
      <Textarea
        className={`${className} form-input--multiline`}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        maxlength={maxLength}
        onInput={(event) => onChange(event.detail.value)}
        onBlur={() => onBlur?.()}
        onConfirm={onConfirm}
        autoHeight
        name={name}
        {...named}
      />
    );
  }
  return (
    <Input
      className={className}
      value={value}
      type={kind === 'number' ? 'number' : 'text'}
      password={kind === 'password'}
      placeholder={placeholder}
      placeholderClass="form-input__placeholder"
      disabled={disabled}
      maxlength={maxLength}
      onInput={(event) => onChange(event.detail.value)}
      onBlur={() => onBlur?.()}
      onConfirm={onConfirm}
      name={name}
      {...named}
    />
  );
}
