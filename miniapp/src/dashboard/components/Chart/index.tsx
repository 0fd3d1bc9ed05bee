import { Text, View } from '@tarojs/components';
import { memo } from 'react';
import { Canvas } from '../../../components/standalone/Canvas';
import type { CanvasTarget } from '../../../canvas/canvas2d.types';
import { useCanvasTarget } from '../../../canvas/useCanvasTarget';
import type { ChartSpec } from '../../charts/chartSpec';
import { useF2Chart } from '../../hooks/useF2Chart';
import './index.css';

interface ChartProps {
  /** Unique on the page (pages below it may use the same): the canvas is found within its own page. */
  id: string;
  /** What the chart shows, for screen readers (the table under it has the figures). */
  label: string;
  spec: ChartSpec;
  /** Height in em of the page's text, so the chart grows with the user's font size. */
  height?: number;
}

// Never re-rendered after the first time: Taro's H5 canvas clears its bitmap when it re-renders.
const ChartCanvas = memo(function ChartCanvas({ target, height }: { target: CanvasTarget; height: number }) {
  return <Canvas type="2d" id={target.id} ref={target.ref as never} className="chart__canvas" style={{ height: `${height}em` }} />;
});

/** An F2 chart on a 2D canvas, the same in WeChat and in a browser; its figures are always also in a table. */
export function Chart({ id, label, spec, height = 13 }: ChartProps) {
  const target = useCanvasTarget(id);
  const state = useF2Chart(target, spec);
  return (
    <View className="chart" ariaRole="img" ariaLabel={label}>
      <ChartCanvas target={target} height={height} />
      {state === 'failed' ? <Text className="chart__failed">图表暂时无法显示，数据见下表。</Text> : null}
    </View>
  );
}
