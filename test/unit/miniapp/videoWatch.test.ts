import { createVideoWatch, type VideoSignal } from '../../../miniapp/src/utils/videoWatch';

/** Time updates every quarter second from `from` to `to` seconds of a video `duration` long. */
function playing(from: number, to: number, duration: number): VideoSignal[] {
  const signals: VideoSignal[] = [];
  for (let t = from; t <= to + 1e-9; t += 0.25) signals.push({ type: 'time', currentTime: t, duration });
  return signals;
}

const run = (signals: VideoSignal[]) => {
  const watch = createVideoWatch();
  return signals.flatMap((signal) => watch.next(signal));
};

describe('watching a material video', () => {
  it('sends one play and one completion for a video watched to the end', () => {
    expect(run([{ type: 'play' }, ...playing(0, 6, 6), { type: 'ended' }])).toEqual(['video_play', 'video_complete']);
  });

  it('completes a play at 90 % of the video, once, even if the viewer keeps watching', () => {
    const watch = createVideoWatch();
    expect(watch.next({ type: 'play' })).toEqual(['video_play']);
    expect(playing(0, 5.25, 6).flatMap((s) => watch.next(s))).toEqual([]);
    expect(playing(5.5, 6, 6).flatMap((s) => watch.next(s))).toEqual(['video_complete']);
    expect(watch.next({ type: 'ended' })).toEqual([]);
  });

  it('takes a resume after a pause as the same play', () => {
    expect(run([{ type: 'play' }, ...playing(0, 2, 6), { type: 'play' }, ...playing(2.25, 6, 6), { type: 'ended' }])).toEqual([
      'video_play',
      'video_complete',
    ]);
  });

  it('counts playing again after the end as a new play, with its own completion', () => {
    const once = [{ type: 'play' } as const, ...playing(0, 6, 6), { type: 'ended' } as const];
    expect(run([...once, ...once])).toEqual(['video_play', 'video_complete', 'video_play', 'video_complete']);
  });

  it('completes nothing when the viewer seeks to the end instead of watching', () => {
    expect(run([{ type: 'play' }, ...playing(0, 1, 6), ...playing(5.5, 6, 6), { type: 'ended' }])).toEqual(['video_play']);
  });

  it('sends nothing for time updates before any play', () => {
    expect(run(playing(0, 6, 6))).toEqual([]);
  });
});
