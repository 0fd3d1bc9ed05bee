export interface DateTimeFieldProps {
  /** date: YYYY-MM-DD (a calendar day in China, no time zone); time: HH:mm. */
  mode: 'date' | 'time';
  /** `''` while unset. */
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}
