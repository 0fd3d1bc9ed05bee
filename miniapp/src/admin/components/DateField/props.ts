export interface DateFieldProps {
  /** YYYY-MM-DD (an Asia/Shanghai calendar date), or `''` while unset. */
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}
