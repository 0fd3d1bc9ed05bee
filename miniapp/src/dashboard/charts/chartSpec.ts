import { jsx, type JSX } from '@antv/f2';

/** What a chart draws: an F2 element tree, and a key that changes exactly when its data does. */
export interface ChartSpec {
  key: string;
  render: () => JSX.Element;
}

/** The dashboard's colours (the admin area's navy and teal, then distinguishable accents). */
export const chartColours = ['#0f7485', '#0b3d6b', '#f5b942', '#c2410c', '#6d28d9', '#15803d'];

/** Axis text dark enough to read (F2's default grey is too light on white). */
export const axisStyle = { label: { fill: '#4a5a6a' } };

/** Long labels (a material's title) shortened on the axis; the table beside the chart has them whole. */
export function axisLabel(label: string, max = 8): string {
  const chars = Array.from(label);
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * F2's `jsx` without JSX syntax (the files around are React's JSX). F2's own typings reject its
 * generic chart classes as element types, so props are checked by F2 at run time instead.
 */
export const element = jsx as unknown as (type: unknown, props: Record<string, unknown>) => JSX.Element;

/**
 * The value axis of counts: from 0, whole-number ticks. With small counts (a county's three
 * events) F2's nice ticks would be 0, 0.5, 1… and read as "0 0 1 1" once rounded.
 */
export function countScale(values: readonly number[]): Record<string, unknown> {
  const max = Math.max(0, ...values);
  return max < 4 ? { min: 0, max: Math.max(1, max), tickInterval: 1 } : { min: 0, nice: true, tickCount: 4 };
}
