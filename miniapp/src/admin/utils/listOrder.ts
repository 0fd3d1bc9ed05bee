/**
 * A copy of `list` with the item at `index` moved one place up (-1) or down (+1). Moving the
 * first item up or the last one down, or an index outside the list, returns an unchanged copy.
 */
export function moveItem<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  const next = [...list];
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return next;
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** A copy of `list` without the item at `index` (unchanged if there is none). */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
