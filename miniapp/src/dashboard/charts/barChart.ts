import { Axis, Chart, Interval, Legend } from '@antv/f2';
import { formatWan } from '@rights-outreach/shared';
import type { Bar } from '../logic/chartData';
import { axisLabel, chartColours, axisStyle, countScale, element, type ChartSpec } from './chartSpec';

/** Horizontal bars (room for Chinese labels), the first bar on top, coloured by group when the bars have one. */
export function barChart(bars: readonly Bar[]): ChartSpec {
  // F2 lays a transposed category axis out from the bottom up.
  const data = [...bars].reverse().map((bar) => ({ label: axisLabel(bar.label), value: bar.value, group: bar.group ?? '' }));
  const grouped = bars.some((bar) => bar.group);
  return {
    key: JSON.stringify(data),
    render: () =>
      element(Chart, {
        data,
        coord: { transposed: true },
        scale: { value: countScale(data.map((row) => row.value)), label: { type: 'cat' } },
        children: [
          element(Axis, { field: 'label', style: axisStyle }),
          element(Axis, { field: 'value', formatter: (value: number) => formatWan(value), style: axisStyle }),
          element(Interval, { x: 'label', y: 'value', color: grouped ? { field: 'group', range: chartColours } : chartColours[0] }),
          grouped ? element(Legend, { position: 'top' }) : null,
        ],
      }),
  };
}
