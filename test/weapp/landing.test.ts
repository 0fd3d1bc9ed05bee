import { campaignCode, campaignView, material, source } from './support/fixtures';
import { beaconPosts, healthyApi, queuedBeacons, offlineApi } from './support/fakeApi';
import { launchApp, openPage, tap, textOf, waitFor, type OpenedPage } from './support/weappRuntime';
import { createWxStub, type Responder } from './support/wxStub';

let api: Responder = healthyApi;
const stub = createWxStub((request) => api(request));
let page: OpenedPage | null = null;

beforeAll(() => launchApp(stub));
afterEach(async () => {
  page?.detach();
  page = null;
  api = healthyApi;
  // Let the tracker deliver this test's beacons so the next test sees only its own.
  await waitFor(() => queuedBeacons(stub.storage) === 0, 15_000);
}, 20_000);

describe('landing page (weapp build)', () => {
  it('shows the campaign, its dates and its materials, and titles the page with the campaign name', async () => {
    page = openPage('pages/landing/index', { c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes(campaignView.campaign.name));

    const text = textOf(page);
    expect(text).toContain(campaignView.campaign.slogan);
    expect(text).toContain('2026年3月9日—3月15日');
    for (const item of campaignView.materials) expect(text).toContain(item.title);
    await waitFor(() =>
      stub.calls.some((c) => c.name === 'setNavigationBarTitle' && (c.options as { title: string }).title === campaignView.campaign.name),
    );
  });

  it('counts the open with one landing view beacon for the campaign and source', async () => {
    const before = stub.requests.length;
    page = openPage('pages/landing/index', { c: campaignCode, s: source });
    await waitFor(() => beaconPosts(stub.requests.slice(before)).length > 0);

    const [batch] = beaconPosts(stub.requests.slice(before));
    expect(batch).toMatchObject({ campaignCode, source });
    expect(batch!.visitorId).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(batch!.beacons).toEqual([expect.objectContaining({ kind: 'view', target: { type: 'landing' } })]);
  });

  it('opens a material with the campaign and source carried along', async () => {
    page = openPage('pages/landing/index', { c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes(material.title));

    tap(page, '.material-card');
    await waitFor(() => stub.calls.some((c) => c.name === 'navigateTo'));
    const { url } = stub.calls.find((c) => c.name === 'navigateTo')!.options as { url: string };
    expect(url).toBe(`/pages/material/index?id=${material.id}&c=${campaignCode}&s=${source}`);
  });

  it('reads the campaign from the q link of an ordinary-link QR code', async () => {
    const link = `https://outreach.example.cn/pages/landing/index?c=${campaignCode}&s=poster`;
    page = openPage('pages/landing/index', { q: encodeURIComponent(link), scancode_time: '1773540000' });
    await waitFor(() => textOf(page!).includes(campaignView.campaign.name));
  });

  it('explains how to get in when opened without a QR code', async () => {
    const before = stub.requests.length;
    page = openPage('pages/landing/index', {});
    await waitFor(() => textOf(page!).includes('请扫描活动现场或柜面的二维码进入'));
    expect(stub.requests.slice(before)).toHaveLength(0);
  });

  it('says the QR code is incomplete when the campaign code is malformed', async () => {
    page = openPage('pages/landing/index', { c: 'X!' });
    await waitFor(() => textOf(page!).includes('二维码信息不完整'));
  });

  it('says the campaign was not found, without a pointless retry button', async () => {
    page = openPage('pages/landing/index', { c: 'no-such-campaign' });
    await waitFor(() => textOf(page!).includes('未找到该宣传活动，请确认二维码是否有效'));
    expect(textOf(page)).not.toContain('重新加载');
  });

  it("grows the page's text with the visitor's WeChat font size setting", async () => {
    const standard = stub.wx.getAppBaseInfo;
    stub.wx.getAppBaseInfo = () => ({ SDKVersion: '3.6.0', language: 'zh_CN', fontSizeScaleFactor: 1.25 });
    try {
      page = openPage('pages/landing/index', { c: campaignCode, s: source });
      await waitFor(() => textOf(page!).includes(campaignView.campaign.name));
      // 32 design px × 1.25 = 40rpx on the page root (the simulator prints rpx as px);
      // every other size is in em, so the whole page follows.
      expect(page.querySelector('.screen')!.dom!.getAttribute('style')).toMatch(/font-size:\s*40(rpx|px)/);
    } finally {
      stub.wx.getAppBaseInfo = standard;
    }
  });

  it('offers a retry when offline and shows the campaign once the network is back', async () => {
    api = offlineApi;
    page = openPage('pages/landing/index', { c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes('网络不可用，请检查网络后重试'));

    api = healthyApi;
    tap(page, '.wide-button');
    await waitFor(() => textOf(page!).includes(campaignView.campaign.name));
  });
});
