export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export interface SelectFieldProps<V extends string> {
  options: readonly SelectOption<V>[];
  value: V | '';
  onChange: (value: V) => void;
  placeholder?: string;
  disabled?: boolean;
}
