import { elderModeStorageKey } from '../../miniapp/src/elder/elderStore';
import { campaignCode, campaignView, material, source } from './support/fixtures';
import { healthyApi, queuedBeacons } from './support/fakeApi';
import { launchApp, openPage, tap, textOf, waitFor, type OpenedPage } from './support/weappRuntime';
import { createWxStub } from './support/wxStub';

const stub = createWxStub(healthyApi);
const standardBaseInfo = stub.wx.getAppBaseInfo;
let page: OpenedPage | null = null;

/** The visitor's WeChat font setting (我 → 设置 → 通用 → 字体大小) as the base library reports it. */
function wechatFontScale(factor: number): void {
  stub.wx.getAppBaseInfo = () => ({ SDKVersion: '3.6.0', language: 'zh_CN', fontSizeScaleFactor: factor });
}

const screenOf = (opened: OpenedPage) => opened.querySelector('.screen')!.dom!;
const rootFontSize = (opened: OpenedPage) => /font-size:\s*(\d+)(rpx|px)/.exec(screenOf(opened).getAttribute('style') ?? '')?.[1];
const isElder = (opened: OpenedPage) => Boolean(opened.querySelector('.screen--elder'));

jest.setTimeout(30_000);

/** Sets elder mode the way a visitor does: with the landing page's switch (the app keeps it in memory and storage). */
async function useSwitch(on: boolean): Promise<void> {
  const landing = openPage('pages/landing/index', { c: campaignCode, s: source });
  await waitFor(() => textOf(landing).includes(campaignView.campaign.name));
  if (isElder(landing) !== on) {
    tap(landing, '.elder-toggle');
    await waitFor(() => isElder(landing) === on);
  }
  landing.detach();
}

beforeAll(() => launchApp(stub));
afterEach(async () => {
  page?.detach();
  page = null;
  stub.wx.getAppBaseInfo = standardBaseInfo;
  await waitFor(() => queuedBeacons(stub.storage) === 0, 15_000);
}, 20_000);

describe('长辈模式 (weapp build)', () => {
  it('is one tap on the landing page: text at least 1.3× and the page restyled, remembered on the device', async () => {
    await useSwitch(false);
    page = openPage('pages/landing/index', { c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes(campaignView.campaign.name));
    expect(textOf(page)).toContain('长辈模式');
    expect(isElder(page)).toBe(false);

    tap(page, '.elder-toggle');

    await waitFor(() => isElder(page!));
    // 32 design px × 1.3 = 41.6 → 42 (the simulator prints rpx as px).
    expect(rootFontSize(page)).toBe('42');
    expect(textOf(page)).toContain('标准模式');
    expect(stub.storage.get(elderModeStorageKey)).toBe(true);
  });

  it("uses the visitor's WeChat font setting when it is larger than 1.3×", async () => {
    await useSwitch(true);
    wechatFontScale(1.5);
    page = openPage('pages/landing/index', { c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes(campaignView.campaign.name));

    expect(isElder(page)).toBe(true);
    expect(rootFontSize(page)).toBe('48');
  });

  it('applies to the material and quiz pages opened later', async () => {
    await useSwitch(true);
    page = openPage('pages/material/index', { id: material.id, c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes(material.title));
    expect(isElder(page)).toBe(true);
    expect(rootFontSize(page)).toBe('42');
    page.detach();

    page = openPage('pages/quiz/index', { c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes('第 1 题 / 共 6 题'));
    expect(isElder(page)).toBe(true);
  });

  it('switches back to the standard page, which still follows the WeChat font setting', async () => {
    await useSwitch(true);
    wechatFontScale(1.25);
    page = openPage('pages/landing/index', { c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes('标准模式'));

    tap(page, '.elder-toggle');

    await waitFor(() => !isElder(page!));
    expect(rootFontSize(page)).toBe('40');
    expect(stub.storage.get(elderModeStorageKey)).toBe(false);
  });
});
