import type { Video as TaroVideo } from '@tarojs/components';
import { defineCustomElement } from '@tarojs/components/dist/components/taro-video-core';
import { defineTaroElement } from './defineTaroElement.h5';

/** Taro's H5 Video, loaded only by the pages that play one (defineTaroElement.h5.ts). */
export const Video = defineTaroElement<typeof TaroVideo>('taro-video-core', defineCustomElement);
