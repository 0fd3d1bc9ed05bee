import { campaignCode, campaignView, material, source } from './support/fixtures';
import { beaconPosts, healthyApi, queuedBeacons, offlineApi, visitorTokenFor } from './support/fakeApi';
import { launchApp, openPage, tap, textOf, waitFor, type OpenedPage } from './support/weappRuntime';
import { createWxStub, type Responder } from './support/wxStub';

/** The share handlers Taro adds to a page whose config enables sharing. */
interface ShareablePage {
  onShareAppMessage(options: { from: string }): { title?: string; path: string };
  onShareTimeline(): { title?: string; query: string };
}

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

  it('groups the materials under 八大权益 and 以案说险, with quick jumps and the quiz before them', async () => {
    page = openPage('pages/landing/index', { c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes(campaignView.campaign.name));

    const groups = Array.from(page.querySelectorAll('.material-group'), (group) => group.dom?.textContent ?? '');
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatch(/^金融消费者八大权益（1）/);
    expect(groups[0]).toContain(campaignView.materials[0]!.title);
    expect(groups[1]).toMatch(/^以案说险（1）/);
    expect(groups[1]).toContain(campaignView.materials[1]!.title);
    const jumps = Array.from(page.querySelectorAll('.material-jumps__item'), (jump) => jump.dom?.textContent);
    expect(jumps).toEqual(['金融消费者八大权益（1）', '以案说险（1）', '知识小测验', '评价反馈']);
    // The quiz comes before the first group, not after every card.
    const text = textOf(page);
    expect(text.indexOf('权益知识小测验')).toBeLessThan(text.indexOf(campaignView.materials[0]!.title));

    tap(page, '.material-jumps__item');
    await waitFor(() => stub.calls.some((c) => c.name === 'pageScrollTo'));
    expect(stub.calls.find((c) => c.name === 'pageScrollTo')!.options).toMatchObject({ selector: '#landing-group-rights' });
  });

  it('sends no beacon for a campaign code the API does not know', async () => {
    const before = stub.requests.length;
    page = openPage('pages/landing/index', { c: 'no-such-campaign', s: source });
    await waitFor(() => textOf(page!).includes('重新扫描'));
    expect(beaconPosts(stub.requests.slice(before))).toEqual([]);
    expect(queuedBeacons(stub.storage)).toBe(0);
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

  it('names the visitor by the token its wx.login code was exchanged for, logging in once', async () => {
    page = openPage('pages/landing/index', { c: campaignCode, s: source });
    await waitFor(() => beaconPosts(stub.requests).length > 0);

    const logins = stub.calls.filter((c) => c.name === 'login');
    expect(logins).toHaveLength(1);
    expect(beaconPosts(stub.requests).map((b) => b.visitorToken)).toEqual(
      beaconPosts(stub.requests).map(() => visitorTokenFor('wx-login-code-1')),
    );
  });

  it("shares the page for the same campaign, tagged with this device's sharer tag, and counts the share", async () => {
    page = openPage('pages/landing/index', { c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes(campaignView.campaign.name));
    expect(textOf(page)).toContain('分享给好友');
    const before = stub.requests.length;

    const card = (page.instance as unknown as ShareablePage).onShareAppMessage({ from: 'button' });
    const timeline = (page.instance as unknown as ShareablePage).onShareTimeline();

    expect(card.title).toBe(campaignView.campaign.name);
    expect(card.path).toMatch(new RegExp(`^/pages/landing/index\\?c=${campaignCode}&s=${source}&sh=[A-Za-z0-9_-]{12}$`));
    expect(timeline).toEqual({ title: campaignView.campaign.name, query: card.path.split('?')[1] });
    await waitFor(() => beaconPosts(stub.requests.slice(before)).length > 0);
    const taps = beaconPosts(stub.requests.slice(before))
      .flatMap((b) => b.beacons)
      .filter((b) => b.kind === 'share_tap');
    expect(taps).toEqual([
      expect.objectContaining({ target: { type: 'landing' } }),
      expect.objectContaining({ target: { type: 'landing' } }),
    ]);
  });

  it('counts one share_open when opened from a shared card in a chat', async () => {
    const standard = stub.wx.getEnterOptionsSync;
    stub.wx.getEnterOptionsSync = () => ({ path: 'pages/landing/index', query: {}, scene: 1007 });
    try {
      const before = stub.requests.length;
      page = openPage('pages/landing/index', { c: campaignCode, s: source, sh: 'Ab3_x-9QzK1m' });
      await waitFor(() => textOf(page!).includes(campaignView.campaign.name));
      await waitFor(() => beaconPosts(stub.requests.slice(before)).length > 0);

      const beacons = beaconPosts(stub.requests.slice(before)).flatMap((b) => b.beacons);
      expect(beacons.map((b) => b.kind).sort()).toEqual(['share_open', 'view']);
      expect(beacons.find((b) => b.kind === 'share_open')).toMatchObject({
        target: { type: 'landing' },
        scene: 1007,
        sharer: 'Ab3_x-9QzK1m',
      });
    } finally {
      stub.wx.getEnterOptionsSync = standard;
    }
  });

  it('does not count a share_open for a link with a sharer opened any other way (e.g. a QR scan)', async () => {
    const before = stub.requests.length;
    page = openPage('pages/landing/index', { c: campaignCode, s: source, sh: 'Ab3_x-9QzK1m' });
    await waitFor(() => beaconPosts(stub.requests.slice(before)).length > 0);

    expect(
      beaconPosts(stub.requests.slice(before))
        .flatMap((b) => b.beacons)
        .map((b) => b.kind),
    ).toEqual(['view']);
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

  it("opens a scanned share poster's material straight away, counting no landing view", async () => {
    const requestsBefore = stub.requests.length;
    const callsBefore = stub.calls.length;
    const link = `https://outreach.example.cn/pages/landing/index?c=${campaignCode}&s=${source}&m=${material.id}`;
    page = openPage('pages/landing/index', { q: encodeURIComponent(link), scancode_time: '1773540000' });

    await waitFor(() => stub.calls.slice(callsBefore).some((c) => c.name === 'redirectTo'));
    const { url } = stub.calls.slice(callsBefore).find((c) => c.name === 'redirectTo')!.options as { url: string };
    expect(url).toBe(`/pages/material/index?id=${material.id}&c=${campaignCode}&s=${source}`);
    expect(textOf(page)).toContain('正在打开宣传资料');
    // Nothing queued or asked of the API here: no beacon, no campaign load (the material page counts its own view).
    expect(queuedBeacons(stub.storage)).toBe(0);
    expect(stub.requests.slice(requestsBefore)).toEqual([]);
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
