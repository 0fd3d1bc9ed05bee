import { Canvas } from '@antv/f2';
import { barChart } from '../../../miniapp/src/dashboard/charts/barChart';
import { lineChart } from '../../../miniapp/src/dashboard/charts/lineChart';
import { countScale, type ChartSpec } from '../../../miniapp/src/dashboard/charts/chartSpec';
import { dailySeries, eventTypeBars } from '../../../miniapp/src/dashboard/logic/chartData';
import { provinceReport } from '../../support/reportFixtures';

/**
 * A 2D context like WeChat's canvas node gives: the standard calls, nothing of the DOM around
 * it. It records the text drawn, which is what a person would read on the chart.
 */
function recordingContext(): { ctx: CanvasRenderingContext2D; texts: string[]; fills: number } {
  const texts: string[] = [];
  let fills = 0;
  const state: Record<string | symbol, unknown> = {};
  const ctx = new Proxy(state, {
    get(target, name) {
      if (name in target) return target[name];
      if (name === 'fillText') return (text: string) => texts.push(String(text));
      if (name === 'measureText') return (text: string) => ({ width: String(text).length * 12 });
      if (name === 'fill' || name === 'fillRect') return () => (fills += 1);
      if (name === 'getLineDash') return () => [];
      // Font metrics are read from pixels of the off-screen canvas (blank here).
      if (name === 'getImageData')
        return (_x: number, _y: number, w: number, h: number) => ({ data: new Uint8ClampedArray(Math.max(1, w * h * 4)) });
      if (name === 'canvas') return { width: 600, height: 400 };
      return () => undefined;
    },
    set(target, name, value) {
      target[name] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return {
    ctx,
    texts,
    get fills() {
      return fills;
    },
  } as { ctx: CanvasRenderingContext2D; texts: string[]; fills: number };
}

async function draw(spec: ChartSpec) {
  const screen = recordingContext();
  const measuring = recordingContext();
  // Frames run when the test says so, and never after the chart is gone.
  const frames = new Map<number, (time: number) => void>();
  let nextFrame = 1;
  const chart = new Canvas({
    context: screen.ctx,
    pixelRatio: 2,
    width: 300,
    height: 200,
    animate: false,
    offscreenCanvas: { getContext: () => measuring.ctx, width: 10, height: 10 },
    requestAnimationFrame: (callback: (time: number) => void) => {
      frames.set(nextFrame, callback);
      return nextFrame++;
    },
    cancelAnimationFrame: (id: number) => frames.delete(id),
    px2hd: (value: number) => value * 0.65,
    children: spec.render(),
  } as unknown as ConstructorParameters<typeof Canvas>[0]);
  await chart.render();
  for (let frame = 0; frame < 3; frame += 1) {
    const due = [...frames.values()];
    frames.clear();
    for (const callback of due) callback(frame * 16);
    await new Promise((resolve) => setImmediate(resolve));
  }
  chart.destroy();
  frames.clear();
  return screen;
}

describe('charts on a bare 2D context (as in WeChat, no DOM)', () => {
  it('draws the events-by-type bars with their labels and axis in 万', async () => {
    const drawn = await draw(barChart(eventTypeBars(provinceReport.offline)));
    expect(drawn.texts).toEqual(expect.arrayContaining(['进社区', '职场培训', '五进入', '内部培训']));
    expect(drawn.fills).toBeGreaterThan(0);
  });

  it('draws the daily lines with the days and a legend', async () => {
    const drawn = await draw(lineChart(dailySeries(provinceReport.breakdowns.days)));
    expect(drawn.texts).toEqual(expect.arrayContaining(['03-09', '03-15', '浏览量', '触达人数', '2万']));
  });
});

describe('the value axis of counts', () => {
  it('ticks whole numbers for small counts, and leaves larger ones to F2’s nice ticks', () => {
    expect(countScale([1, 0, 1])).toEqual({ min: 0, max: 1, tickInterval: 1 });
    expect(countScale([0, 0])).toEqual({ min: 0, max: 1, tickInterval: 1 });
    expect(countScale([3, 2])).toEqual({ min: 0, max: 3, tickInterval: 1 });
    expect(countScale([120, 4])).toEqual({ min: 0, nice: true, tickCount: 4 });
  });
});
