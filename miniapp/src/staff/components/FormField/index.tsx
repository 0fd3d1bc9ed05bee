import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './index.css';

interface FormFieldProps {
  /** Anchor to scroll to when this field has the first error. */
  name: string;
  label: string;
  optional?: boolean;
  hint?: string;
  /** Shown under the control, in red, when set. */
  error?: string;
}

/** A labelled control with its hint and, when invalid, its message right underneath. */
export function FormField({ name, label, optional = false, hint, error, children }: PropsWithChildren<FormFieldProps>) {
  return (
    <View className={`staff-field${error ? ' staff-field--invalid' : ''}`} id={`field-${name}`}>
      <View className='staff-field__label'>
        <Text>{label}</Text>
        {optional ? <Text className='staff-field__optional'>选填</Text> : null}
      </View>
      {children}
      {hint && !error ? <Text className='staff-field__hint'>{hint}</Text> : null}
      {error ? (
        <Text className='staff-field__error'>{error}</Text>
      ) : null}
    </View>
  );
}
