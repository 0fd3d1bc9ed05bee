import { campaignCode, material, source } from './support/fixtures';
import { beaconPosts, healthyApi, queuedBeacons } from './support/fakeApi';
import { launchApp, openPage, tap, textOf, waitFor, type OpenedPage } from './support/weappRuntime';
import { createWxStub } from './support/wxStub';

const stub = createWxStub(healthyApi);
let page: OpenedPage | null = null;

beforeAll(() => launchApp(stub));
afterEach(async () => {
  page?.detach();
  page = null;
  // Let the tracker deliver this test's beacons so the next test sees only its own.
  await waitFor(() => queuedBeacons(stub.storage) === 0, 15_000);
}, 20_000);

describe('material page (weapp build)', () => {
  it('shows the title, summary and every section of the material', async () => {
    page = openPage('pages/material/index', { id: material.id, c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes(material.title));

    const text = textOf(page);
    expect(text).toContain(material.summary);
    for (const section of material.sections) expect(text).toContain(section.heading);
    expect(text).toContain('请仔细阅读条款。');
  });

  it('counts the open as a material view for the campaign it came from', async () => {
    const before = stub.requests.length;
    page = openPage('pages/material/index', { id: material.id, c: campaignCode, s: source });
    await waitFor(() => beaconPosts(stub.requests.slice(before)).length > 0);

    const [batch] = beaconPosts(stub.requests.slice(before));
    expect(batch).toMatchObject({ campaignCode, source });
    expect(batch!.beacons).toEqual([
      expect.objectContaining({ kind: 'view', target: { type: 'material', materialId: material.id } }),
    ]);
  });

  it('leads a visitor who came by a shared link on to the whole campaign', async () => {
    page = openPage('pages/material/index', { id: material.id, c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes('查看活动全部资料'));

    tap(page, '.wide-button');
    await waitFor(() => stub.calls.some((c) => c.name === 'redirectTo'));
    const { url } = stub.calls.find((c) => c.name === 'redirectTo')!.options as { url: string };
    expect(url).toBe(`/pages/landing/index?c=${campaignCode}&s=${source}`);
  });

  it('shares the material itself, with the campaign it came from and the sharer tag', async () => {
    page = openPage('pages/material/index', { id: material.id, c: campaignCode, s: source, sh: 'Ab3_x-9QzK1m' });
    await waitFor(() => textOf(page!).includes('分享给好友'));

    const card = (page.instance as unknown as { onShareAppMessage(o: { from: string }): { title?: string; path: string } }).onShareAppMessage({ from: 'menu' });

    expect(card.title).toBe(material.title);
    // This device's own tag, never the one of the card it was opened from.
    expect(card.path).toMatch(new RegExp(`^/pages/material/index\\?id=${material.id}&c=${campaignCode}&s=${source}&sh=[A-Za-z0-9_-]{12}$`));
    expect(card.path).not.toContain('Ab3_x-9QzK1m');
  });

  it('says the material is gone when the API does not know it', async () => {
    page = openPage('pages/material/index', { id: 'withdrawn-leaflet', c: campaignCode });
    await waitFor(() => textOf(page!).includes('该宣传资料不存在或已下架'));
  });
});
