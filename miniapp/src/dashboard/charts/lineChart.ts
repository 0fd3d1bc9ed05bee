import { Axis, Chart, Legend, Line, Point } from '@antv/f2';
import { formatWan } from '@rights-outreach/shared';
import type { LinePoint } from '../logic/chartData';
import { chartColours, axisStyle, countScale, element, type ChartSpec } from './chartSpec';

/** One line per series over the days of the campaign, with a legend. */
export function lineChart(points: readonly LinePoint[]): ChartSpec {
  const data = points.map((point) => ({ ...point }));
  return {
    key: JSON.stringify(data),
    render: () =>
      element(Chart, {
        data,
        scale: { value: countScale(data.map((row) => row.value)), x: { type: 'cat' } },
        children: [
          element(Axis, { field: 'x', style: axisStyle }),
          element(Axis, { field: 'value', formatter: (value: number) => formatWan(value), style: axisStyle }),
          element(Line, { x: 'x', y: 'value', color: { field: 'series', range: chartColours } }),
          element(Point, { x: 'x', y: 'value', color: { field: 'series', range: chartColours } }),
          element(Legend, { position: 'top' }),
        ],
      }),
  };
}
