/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.css';

/** Base URL of the API, fixed at build time by `defineConstants` in config/index.ts. */
declare const API_BASE: string;
/** Base URL of the project's own videos (`/media/…`): '' in H5 (same origin), the H5 host in weapp. */
declare const MEDIA_BASE: string;

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by the Taro CLI; it selects the platform build. */
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn';
    /** Read at build time (weapp only): where the mini-program calls the API. */
    TARO_APP_API_BASE?: string;
    /** Read at build time (weapp only): the host serving `/media/…` videos (the H5 app's). */
    TARO_APP_MEDIA_BASE?: string;
    /** WeChat AppID of the build (Taro writes it into dist/project.config.json). */
    TARO_APP_ID?: string;
  }
}
