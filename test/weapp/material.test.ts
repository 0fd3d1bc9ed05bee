import { campaignCode, campaignView, material, source, videoMaterial } from './support/fixtures';
import { apiBase, beaconPosts, healthyApi, queuedBeacons } from './support/fakeApi';
import { installPosterApis, posterTempPath, qrTempPath } from './support/fakePosterApis';
import { launchApp, openPage, tap, textOf, waitFor, type OpenedPage } from './support/weappRuntime';
import { createWxStub } from './support/wxStub';

const stub = createWxStub(healthyApi);
const drawing = installPosterApis(stub);
let page: OpenedPage | null = null;

beforeAll(() => launchApp(stub));
afterEach(async () => {
  page?.detach();
  page = null;
  // Let the tracker deliver this test's beacons so the next test sees only its own.
  await waitFor(() => queuedBeacons(stub.storage) === 0, 15_000);
}, 20_000);

/** Waits until the tracker has delivered everything it holds. */
async function getTrackerFlushed(): Promise<void> {
  await waitFor(() => queuedBeacons(stub.storage) === 0, 15_000);
}

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
    expect(batch!.beacons).toEqual([expect.objectContaining({ kind: 'view', target: { type: 'material', materialId: material.id } })]);
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

    const card = (
      page.instance as unknown as { onShareAppMessage(o: { from: string }): { title?: string; path: string } }
    ).onShareAppMessage({ from: 'menu' });

    expect(card.title).toBe(material.title);
    // This device's own tag, never the one of the card it was opened from.
    expect(card.path).toMatch(new RegExp(`^/pages/material/index\\?id=${material.id}&c=${campaignCode}&s=${source}&sh=[A-Za-z0-9_-]{12}$`));
    expect(card.path).not.toContain('Ab3_x-9QzK1m');
  });

  it('offers the visitor a share poster of the material to generate', async () => {
    page = openPage('pages/material/index', { id: material.id, c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes(material.title));

    expect(page.querySelector('.share-poster__generate')).toBeTruthy();
    expect(textOf(page)).toContain('生成分享海报');
  });

  it("draws the poster with the material, the campaign and the QR code of the material's link, and saves it to the album", async () => {
    page = openPage('pages/material/index', { id: material.id, c: campaignCode, s: source, sh: 'Ab3_x-9QzK1m' });
    await waitFor(() => textOf(page!).includes('生成分享海报'));
    drawing.texts.length = 0;
    drawing.images.length = 0;
    drawing.queryScopes.length = 0;

    tap(page, '.share-poster__generate');
    await waitFor(() => Boolean(page!.querySelector('.share-poster__image')));
    // The canvas is looked up within this page, not whichever page is on top (issue 11).
    expect(drawing.queryScopes.length).toBeGreaterThan(0);
    expect(drawing.queryScopes.every((scope) => scope === page!.instance)).toBe(true);

    // The QR code of the landing link naming this material, fetched publicly, with no sharer tag.
    const download = stub.calls.find((c) => c.name === 'downloadFile')!.options as { url: string; header?: Record<string, string> };
    expect(download.url).toBe(`${apiBase}/public/campaigns/${campaignCode}/qr?format=png&s=${source}&m=${material.id}`);
    expect(download.header?.authorization).toBeUndefined();
    expect(drawing.images).toEqual([{ src: qrTempPath }]);
    const drawn = drawing.texts.join('');
    for (const text of [
      campaignView.campaign.name,
      campaignView.campaign.slogan,
      material.title,
      material.summary,
      '微信扫码 · 阅读全文',
    ]) {
      expect(drawn).toContain(text);
    }
    // Shown as an image (long-press to forward or save): the exported poster is what the page renders.
    expect(JSON.stringify(page.instance.data)).toContain(posterTempPath);
    expect(page.querySelector('.share-poster__generate')).toBeFalsy();

    tap(page, '.share-poster__save');
    await waitFor(() => stub.calls.some((c) => c.name === 'saveImageToPhotosAlbum'));
    expect(stub.calls.find((c) => c.name === 'saveImageToPhotosAlbum')!.options).toMatchObject({ filePath: posterTempPath });
  });

  it('offers no poster without a campaign: its QR code would have nothing to credit', async () => {
    page = openPage('pages/material/index', { id: material.id });
    await waitFor(() => textOf(page!).includes(material.title));

    expect(textOf(page)).not.toContain('生成分享海报');
  });

  it('plays the material’s video with its cover, counting one play and one completion per play', async () => {
    page = openPage('pages/material/index', { id: videoMaterial.id, c: campaignCode, s: source });
    await waitFor(() => Boolean(page!.querySelector('.material-video__player')));
    const player = page.querySelector('.material-video__player')!;
    // The project's own video on the H5 app's host (the mini-program package stays small), with its still as the cover.
    const data = JSON.stringify(page.instance.data);
    expect(data).toContain('http://127.0.0.1:3000/media/telecom-fraud.mp4');
    expect(data).toContain('http://127.0.0.1:3000/media/telecom-fraud.jpg');
    await waitFor(
      () =>
        beaconPosts(stub.requests).some((batch) =>
          batch.beacons.some((b) => b.kind === 'view' && 'materialId' in b.target && b.target.materialId === videoMaterial.id),
        ),
      5_000,
    );
    const before = stub.requests.length;

    // Watched to the end, paused once halfway (a resume is the same play), then played again and left at a third.
    const time = (currentTime: number) => player.dispatchEvent('timeupdate', { detail: { currentTime, duration: 6 } });
    player.dispatchEvent('play');
    for (let t = 0; t <= 3; t += 0.25) time(t);
    player.dispatchEvent('pause');
    player.dispatchEvent('play');
    for (let t = 3.25; t <= 6; t += 0.25) time(t);
    player.dispatchEvent('ended');
    player.dispatchEvent('play');
    for (let t = 0; t <= 2; t += 0.25) time(t);
    const videoBeacons = () =>
      beaconPosts(stub.requests.slice(before)).flatMap((batch) => batch.beacons.filter((b) => b.kind.startsWith('video_')));
    await waitFor(() => videoBeacons().length >= 3, 10_000);
    await getTrackerFlushed();

    for (const batch of beaconPosts(stub.requests.slice(before))) expect(batch).toMatchObject({ campaignCode, source });
    const sent = videoBeacons();
    expect(sent.map((beacon) => beacon.kind)).toEqual(['video_play', 'video_complete', 'video_play']);
    for (const beacon of sent) expect(beacon.target).toEqual({ type: 'material', materialId: videoMaterial.id });
    expect(new Set(sent.map((beacon) => beacon.id)).size).toBe(3);
  });

  it('gives the player a large play and pause button of its own in elder mode', async () => {
    page = openPage('pages/material/index', { id: videoMaterial.id, c: campaignCode, s: source });
    await waitFor(() => Boolean(page!.querySelector('.material-video__player')));
    expect(page.querySelector('.material-video__toggle')).toBeFalsy();
    tap(page, '.elder-toggle');
    await waitFor(() => Boolean(page!.querySelector('.material-video--elder .material-video__toggle')));
    expect(textOf(page)).toContain('播放视频');

    tap(page, '.material-video__toggle');
    await waitFor(() => stub.calls.some((call) => call.name === 'videoContext.play'));
    page.querySelector('.material-video__player')!.dispatchEvent('play');
    await waitFor(() => textOf(page!).includes('暂停视频'));
    tap(page, '.material-video__toggle');
    await waitFor(() => stub.calls.some((call) => call.name === 'videoContext.pause'));
    // Back to normal for the tests after this one.
    tap(page, '.elder-toggle');
    await waitFor(() => !page!.querySelector('.screen--elder'));
  });

  it('shows no player for a material without a video', async () => {
    page = openPage('pages/material/index', { id: material.id, c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes(material.title));
    expect(page.querySelector('.material-video__player')).toBeFalsy();
  });

  it('says the material is gone when the API does not know it', async () => {
    page = openPage('pages/material/index', { id: 'withdrawn-leaflet', c: campaignCode });
    await waitFor(() => textOf(page!).includes('该宣传资料不存在或已下架'));
  });
});
