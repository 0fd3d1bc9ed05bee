/** Taro's Video. In WeChat it is a native component; H5 builds use Video.h5.ts. */
export { Video } from '@tarojs/components';
