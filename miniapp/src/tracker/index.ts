import Taro from '@tarojs/taro';
import { postBeaconBatch } from '../services/beacons';
import { createTracker, type Tracker } from './createTracker';
import type { KeyValueStorage } from './storage';

export type { Tracker } from './createTracker';

const taroStorage: KeyValueStorage = {
  get: (key) => Taro.getStorageSync(key) as unknown,
  set: (key, value) => Taro.setStorageSync(key, value),
};

let instance: Tracker | null = null;

/** The app's one tracker, created on first use (storage is only safe to touch at runtime). */
export function getTracker(): Tracker {
  instance ??= createTracker({ storage: taroStorage, send: postBeaconBatch });
  return instance;
}
