import type { Canvas as TaroCanvas } from '@tarojs/components';
import { defineCustomElement } from '@tarojs/components/dist/components/taro-canvas-core';
import { defineTaroElement } from './defineTaroElement.h5';

/** Taro's H5 Canvas, loaded only by the pages that draw on one (defineTaroElement.h5.ts). */
export const Canvas = defineTaroElement<typeof TaroCanvas>('taro-canvas-core', defineCustomElement);
