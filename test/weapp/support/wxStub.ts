/**
 * A stand-in for the WeChat `wx` API, just wide enough for the Taro runtime and our pages:
 * requests answered from fixtures (and recorded), storage in a Map, navigation and title
 * calls recorded and answered with success. Only the boundary is faked; the build output runs as it is.
 */
export interface RecordedRequest {
  url: string;
  method: string;
  data: unknown;
}

export interface FakeResponse {
  statusCode: number;
  data: unknown;
}

export type Responder = (request: RecordedRequest) => FakeResponse | undefined;

interface RequestOptions {
  url: string;
  method?: string;
  data?: unknown;
  success?: (result: FakeResponse & { header: Record<string, string>; errMsg: string }) => void;
  fail?: (result: { errMsg: string }) => void;
  complete?: (result: unknown) => void;
}

interface CallbackOptions {
  success?: (result: { errMsg: string }) => void;
  complete?: (result: { errMsg: string }) => void;
}

export interface RecordedCall {
  name: string;
  options: unknown;
}

export interface WxStub {
  wx: Record<string, unknown>;
  calls: RecordedCall[];
  requests: RecordedRequest[];
  storage: Map<string, unknown>;
}

export function createWxStub(respond: Responder): WxStub {
  const requests: RecordedRequest[] = [];
  const storage = new Map<string, unknown>();

  const request = (options: RequestOptions) => {
    const recorded = { url: options.url, method: options.method ?? 'GET', data: options.data };
    requests.push(recorded);
    setTimeout(() => {
      const response = respond(recorded);
      if (response) {
        const result = { ...response, header: { 'content-type': 'application/json' }, errMsg: 'request:ok' };
        options.success?.(result);
        options.complete?.(result);
      } else {
        const result = { errMsg: 'request:fail net::ERR_CONNECTION_REFUSED' };
        options.fail?.(result);
        options.complete?.(result);
      }
    }, 0);
    return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} };
  };

  const known: Record<string, unknown> = {
    request,
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    getSystemInfoSync: () => systemInfo,
    getWindowInfo: () => systemInfo,
    getAppBaseInfo: () => ({ SDKVersion: '3.6.0', language: 'zh_CN', fontSizeScaleFactor: 1 }),
    getDeviceInfo: () => ({ platform: 'devtools', system: 'iOS 17' }),
    getLaunchOptionsSync: () => ({ path: 'pages/landing/index', query: {}, scene: 1011 }),
    getEnterOptionsSync: () => ({ path: 'pages/landing/index', query: {}, scene: 1011 }),
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    canIUse: () => true,
  };

  // Taro exposes exactly the APIs `wx` has (Object.keys), so list every one the app uses.
  const calls: RecordedCall[] = [];
  const succeeding = (name: string) => (options?: CallbackOptions & Record<string, unknown>) => {
    calls.push({ name, options });
    const result = { errMsg: `${name}:ok` };
    setTimeout(() => {
      options?.success?.(result);
      options?.complete?.(result);
    }, 0);
  };
  for (const name of [
    'setNavigationBarTitle',
    'navigateTo',
    'redirectTo',
    'navigateBack',
    'reLaunch',
    'showToast',
    'pageScrollTo',
    'vibrateShort',
  ]) {
    known[name] = succeeding(name);
  }
  // A fresh code per call, as wx.login gives; the fake API exchanges it for a visitor token.
  let logins = 0;
  known.login = (options?: CallbackOptions & Record<string, unknown>) => {
    calls.push({ name: 'login', options });
    logins += 1;
    const result = { errMsg: 'login:ok', code: `wx-login-code-${logins}` };
    setTimeout(() => {
      (options?.success as ((r: typeof result) => void) | undefined)?.(result);
      (options?.complete as ((r: typeof result) => void) | undefined)?.(result);
    }, 0);
  };
  // A video's context: what its play and pause were asked to do, by player id.
  known.createVideoContext = (id: string) => {
    calls.push({ name: 'createVideoContext', options: id });
    return {
      play: () => void calls.push({ name: 'videoContext.play', options: id }),
      pause: () => void calls.push({ name: 'videoContext.pause', options: id }),
    };
  };
  // The outbox listens for reconnects; the stub never goes offline on its own.
  known.onNetworkStatusChange = (callback: unknown) => void calls.push({ name: 'onNetworkStatusChange', options: callback });
  known.offNetworkStatusChange = () => undefined;
  // A person who declines every question: optional features must not need a yes.
  known.showModal = (options?: CallbackOptions & Record<string, unknown>) => {
    calls.push({ name: 'showModal', options });
    const result = { errMsg: 'showModal:ok', confirm: false, cancel: true };
    setTimeout(() => {
      (options?.success as ((r: typeof result) => void) | undefined)?.(result);
      (options?.complete as ((r: typeof result) => void) | undefined)?.(result);
    }, 0);
  };
  const wx = known;
  return { wx, requests, storage, calls };
}

const systemInfo = {
  brand: 'devtools',
  model: 'iPhone 14',
  pixelRatio: 3,
  screenWidth: 390,
  screenHeight: 844,
  windowWidth: 390,
  windowHeight: 844,
  statusBarHeight: 47,
  language: 'zh_CN',
  version: '8.0.50',
  system: 'iOS 17.0',
  platform: 'devtools',
  SDKVersion: '3.6.0',
  fontSizeSetting: 17,
  safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 },
};
