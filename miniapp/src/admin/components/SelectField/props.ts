import type { Option } from '../../utils/options';

export interface SelectFieldProps<V extends string> {
  options: Option<V>[];
  /** `''` while nothing is chosen. */
  value: V | '';
  onChange: (value: V) => void;
  placeholder?: string;
  disabled?: boolean;
}
