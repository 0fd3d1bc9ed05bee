export interface DateTimeFieldProps {
  /** date: YYYY-MM-DD; time: HH:mm. */
  mode: 'date' | 'time';
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}
