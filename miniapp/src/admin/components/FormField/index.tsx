import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './index.css';

interface FormFieldProps {
  label: string;
  /** Message from validation or the server; shown in red under the input. */
  error?: string;
  /** Quiet help under the input, hidden while there is an error. */
  hint?: string;
  required?: boolean;
  /** Id of the field's wrapper (tests and anchors: `#<id> input`). */
  id?: string;
}

/** A labelled input with its message right beside it, so the admin sees what to fix where. */
export function FormField({ label, error, hint, required = false, id, children }: PropsWithChildren<FormFieldProps>) {
  return (
    <View className={`form-field${error ? ' form-field--invalid' : ''}`} id={id}>
      <Text className='form-field__label'>
        {label}
        {required ? <Text className='form-field__required'> *</Text> : null}
      </Text>
      <View className='form-field__control'>{children}</View>
      {error ? (
        <Text className='form-field__error'>{error}</Text>
      ) : hint ? (
        <Text className='form-field__hint'>{hint}</Text>
      ) : null}
    </View>
  );
}
