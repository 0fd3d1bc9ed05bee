/** A small fixed-seed PRNG (mulberry32): the same seed gives the same data on every machine. */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [0, n). */
  below(n: number): number;
  pick<T>(items: readonly T[]): T;
  /** A version-4-shaped UUID: ids must look like the phone's. */
  uuid(): string;
}

export function prng(seed: number): Prng {
  let state = seed >>> 0;
  const next32 = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const hex = (value: number, digits: number) =>
    value
      .toString(16)
      .padStart(8, '0')
      .slice(8 - digits);
  const random: Prng = {
    next: () => next32() / 4_294_967_296,
    below: (n) => Math.floor(random.next() * n),
    pick: (items) => items[random.below(items.length)]!,
    uuid: () => {
      const a = next32();
      const b = next32();
      const c = next32();
      const d = next32();
      return `${hex(a, 8)}-${hex(b >>> 16, 4)}-4${hex(b & 0xfff, 3)}-${hex(0x8000 | (c & 0x3fff), 4)}-${hex(c >>> 16, 4)}${hex(d, 8)}`;
    },
  };
  return random;
}
