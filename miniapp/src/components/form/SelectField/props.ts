/** A choice in a select or a chip group. */
export interface SelectOption<V extends string = string> {
  value: V;
  label: string;
}

export interface SelectFieldProps<V extends string> {
  options: readonly SelectOption<V>[];
  /** `''` while nothing is chosen. */
  value: V | '';
  onChange: (value: V) => void;
  placeholder?: string;
  disabled?: boolean;
  /** The control's name for screen readers (the visible label is a separate text). */
  label: string;
}
