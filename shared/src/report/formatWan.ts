/**
 * Numbers as Chinese reports write them: below ten thousand as a whole number (8,523 → 8523),
 * from ten thousand up in 万 with at most two decimals, trailing zeros dropped
 * (12,000 → 1.2万; 15,080 → 1.51万; 100,000 → 10万). Rounded half up.
 */
export function formatWan(value: number): string {
  return formatWanGroup([value])[0]!;
}

/**
 * Figures quoted together (one sentence, a range) in one unit: when the largest reaches
 * 万, every one is written in 万 (600 beside 12,000 → 0.06万 beside 1.2万), except a figure
 * too small to show in 万 (30 → 30, never 0万).
 */
export function formatWanGroup(values: number[]): string[] {
  const inWan = values.some((value) => Math.abs(value) >= 10_000);
  return values.map((value) => {
    if (!inWan || hundredthsOfWan(value) === 0) return String(Math.round(value));
    return `${wan(value)}万`;
  });
}

/** A range as reports write 覆盖人群: both ends in one unit (0.06万至1.2万). */
export function formatWanRange(min: number, max: number, joiner = '至'): string {
  const [low, high] = formatWanGroup([min, max]);
  return `${low}${joiner}${high}`;
}

// Counts are whole numbers: hundredths of 万 are hundreds, so the division is exact to the half.
function hundredthsOfWan(value: number): number {
  return Math.round(Math.abs(value) / 100);
}

/** The value in 万, two decimals at most, trailing zeros dropped. */
function wan(value: number): string {
  const hundredths = hundredthsOfWan(value);
  const sign = value < 0 && hundredths > 0 ? '-' : '';
  const fraction = String(hundredths % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${sign}${Math.floor(hundredths / 100)}${fraction ? `.${fraction}` : ''}`;
}
