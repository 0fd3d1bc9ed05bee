/** Taro's Canvas. In WeChat it is a native component; H5 builds use Canvas.h5.ts. */
export { Canvas } from '@tarojs/components';
