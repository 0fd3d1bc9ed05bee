import { Text, View } from '@tarojs/components';
import { createContext, useContext, type PropsWithChildren } from 'react';
import { useDensity } from '../density';
import './index.css';

interface FormFieldProps {
  label: string;
  /** Message from validation or the server; shown in red under the control. */
  error?: string;
  /** Quiet help under the control, hidden while there is an error. */
  hint?: string;
  /** A red * after the label. */
  required?: boolean;
  /** A 选填 tag after the label. */
  optional?: boolean;
  /** Id of the field's wrapper: anchor to scroll to, and tests' `#<id> input`. */
  id?: string;
}

const FieldLabelContext = createContext<string | undefined>(undefined);

/** The label of the FormField around a control: its name for screen readers (the visible label is a separate text). */
export const useFieldLabel = (): string | undefined => useContext(FieldLabelContext);

/** A labelled control with its hint or, when invalid, its message right underneath. */
export function FormField({ label, error, hint, required = false, optional = false, id, children }: PropsWithChildren<FormFieldProps>) {
  const density = useDensity();
  return (
    <View className={`form-field form-field--${density}${error ? ' form-field--invalid' : ''}`} id={id}>
      <View className="form-field__label">
        <Text>{label}</Text>
        {required ? <Text className="form-field__required">*</Text> : null}
        {optional ? <Text className="form-field__optional">选填</Text> : null}
      </View>
      <View className="form-field__control">
        <FieldLabelContext.Provider value={label}>{children}</FieldLabelContext.Provider>
      </View>
      {error ? <Text className="form-field__error">{error}</Text> : hint ? <Text className="form-field__hint">{hint}</Text> : null}
    </View>
  );
}
