import Taro from '@tarojs/taro';

/** Puts text on the clipboard (WeChat's own API); resolves whether it took it. */
export function copyText(text: string): Promise<boolean> {
  return Taro.setClipboardData({ data: text }).then(
    () => true,
    () => false,
  );
}
