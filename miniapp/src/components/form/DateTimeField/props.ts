export interface DateTimeFieldProps {
  /** date: YYYY-MM-DD (a calendar day in China, no time zone); time: HH:mm. */
  mode: 'date' | 'time';
  /** `''` while unset. */
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** The control's name for screen readers (the visible label is a separate text). */
  label: string;
}
