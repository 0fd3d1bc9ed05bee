import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { GeoPoint } from '@rights-outreach/shared';

export type LocationState = { kind: 'idle' } | { kind: 'locating' } | { kind: 'failed'; message: string };

/** A phone with a weak GPS fix can wait a long time: give up and let the person carry on. */
const locateTimeoutMs = 15_000;

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('location timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * The phone's position for the optional 现场定位 field. Asks first and says why; any refusal
 * or failure ends in a calm message: the form saves without a position.
 */
export function useLocation(onLocated: (point: GeoPoint) => void) {
  const [state, setState] = useState<LocationState>({ kind: 'idle' });

  const locate = useCallback(async () => {
    const answer = await Taro.showModal({
      title: '记录活动位置',
      content: '获取手机当前位置，用于核实活动在何处开展。位置只随本条活动保存；不提供也可以正常保存。',
      confirmText: '获取位置',
      cancelText: '暂不',
    }).catch(() => ({ confirm: false }));
    if (!answer.confirm) return;
    setState({ kind: 'locating' });
    try {
      const position = await withTimeout(Taro.getLocation({ type: 'wgs84' }), locateTimeoutMs);
      onLocated({
        latitude: round(position.latitude),
        longitude: round(position.longitude),
        ...(typeof position.accuracy === 'number' && position.accuracy >= 0 ? { accuracy: Math.round(position.accuracy) } : {}),
      });
      setState({ kind: 'idle' });
    } catch {
      setState({ kind: 'failed', message: '未能获取位置（可能未授权或信号较弱），不影响保存' });
    }
  }, [onLocated]);

  return { state, locate };
}
