import { formatWan, formatWanGroup, formatWanRange } from '@rights-outreach/shared';

describe('numbers as reports write them (万)', () => {
  it.each([
    [0, '0'],
    [8, '8'],
    [8523, '8523'],
    [9999, '9999'],
    [10_000, '1万'],
    [12_000, '1.2万'],
    [15_080, '1.51万'],
    [12_350, '1.24万'],
    [12_349, '1.23万'],
    [99_995, '10万'],
    [100_000, '10万'],
    [1_234_567, '123.46万'],
  ])('writes %d as %s', (value, written) => {
    expect(formatWan(value)).toBe(written);
  });

  it('writes figures quoted together in one unit once the largest reaches 万', () => {
    expect(formatWanGroup([56_000, 18_000, 2_000, 1_500, 600])).toEqual(['5.6万', '1.8万', '0.2万', '0.15万', '0.06万']);
  });

  it('keeps a figure too small for 万 as a whole number rather than writing 0万', () => {
    expect(formatWanGroup([25_000, 30, 0])).toEqual(['2.5万', '30', '0']);
  });

  it('leaves a group below ten thousand in whole numbers', () => {
    expect(formatWanGroup([9_999, 600])).toEqual(['9999', '600']);
  });

  it('writes a coverage range in one unit', () => {
    expect(formatWanRange(600, 12_000)).toBe('0.06万至1.2万');
    expect(formatWanRange(1_500, 2_000)).toBe('1500至2000');
    expect(formatWanRange(25_000, 31_000, '–')).toBe('2.5万–3.1万');
  });
});
