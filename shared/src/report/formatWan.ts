/**
 * Numbers as Chinese reports write them: below ten thousand as a whole number (8,523 → 8523),
 * from ten thousand up in 万 with at most two decimals, trailing zeros dropped
 * (12,000 → 1.2万; 15,080 → 1.51万; 100,000 → 10万). Rounded half up.
 */
export function formatWan(value: number): string {
  if (Math.abs(value) < 10_000) return String(Math.round(value));
  return `${wan(value)}万`;
}

/**
 * A range in one unit, as reports write 覆盖人群: when the upper end reaches 万 both ends are
 * written in 万 (600–12,000 → 0.06万至1.2万), unless the lower end would round to nothing.
 */
export function formatWanRange(min: number, max: number, joiner = '至'): string {
  if (max < 10_000 || wan(min) === '0') return `${formatWan(min)}${joiner}${formatWan(max)}`;
  return `${wan(min)}万${joiner}${wan(max)}万`;
}

/** The value in 万, two decimals at most, trailing zeros dropped. */
function wan(value: number): string {
  // Counts are whole numbers: hundredths of 万 are hundreds, so the division is exact to the half.
  const hundredths = Math.round(Math.abs(value) / 100);
  const sign = value < 0 && hundredths > 0 ? '-' : '';
  const whole = Math.floor(hundredths / 100);
  const fraction = String(hundredths % 100).padStart(2, '0').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}
