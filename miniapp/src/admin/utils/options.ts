/** A choice in a select or a chip group. */
export interface Option<V extends string = string> {
  value: V;
  label: string;
}

/** Options from a label map, in the order of `values` (the schema's enum order). */
export function optionsOf<V extends string>(values: readonly V[], labels: Record<V, string>): Option<V>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
