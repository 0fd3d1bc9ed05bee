import Taro from '@tarojs/taro';
import type { KeyValueStorage } from '../tracker/storage';

/** The phone's persistent storage (WeChat storage, localStorage in H5), synchronous. */
export const deviceStorage: KeyValueStorage = {
  get: (key) => Taro.getStorageSync(key) as unknown,
  set: (key, value) => Taro.setStorageSync(key, value),
};
