import Taro from '@tarojs/taro';

/** Shows an image from a URL: a new browser tab in H5 (to save or print it), WeChat's viewer in the mini-program. */
export function openImage(url: string): void {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener');
    return;
  }
  void Taro.previewImage({ urls: [url], current: url });
}
