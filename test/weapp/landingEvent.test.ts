import type { PublicEventView } from '@rights-outreach/shared';
import { checkinStorageKey } from '../../miniapp/src/utils/checkinMemory';
import { campaignCode, campaignView } from './support/fixtures';
import { apiBase, beaconPosts, healthyApi, queuedBeacons } from './support/fakeApi';
import { launchApp, openPage, tap, textOf, waitFor, type OpenedPage } from './support/weappRuntime';
import { createWxStub, type Responder } from './support/wxStub';

const event: PublicEventView = {
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  campaignCode,
  title: '幸福社区“3·15”消保宣传',
  type: 'community',
  placeName: '幸福社区文化广场',
  startAt: '2026-03-15T09:30:00+08:00',
  unitName: '番禺支公司',
};

const eventApi: Responder = (request) =>
  request.method === 'GET' && request.url === `${apiBase}/public/events/${event.id}`
    ? { statusCode: 200, data: event }
    : healthyApi(request);

const stub = createWxStub((request) => eventApi(request));
let page: OpenedPage | null = null;

beforeAll(() => launchApp(stub));
afterEach(async () => {
  page?.detach();
  page = null;
  await waitFor(() => queuedBeacons(stub.storage) === 0, 15_000);
}, 20_000);

describe("landing page opened from an event's QR code (weapp build)", () => {
  it('shows the event above the materials and tags its views with the event', async () => {
    const before = stub.requests.length;
    page = openPage('pages/landing/index', { c: campaignCode, s: 'event', e: event.id });
    await waitFor(() => textOf(page!).includes(event.title) && textOf(page!).includes(campaignView.campaign.name));

    const text = textOf(page);
    expect(text).toContain('地点：幸福社区文化广场');
    expect(text).toContain('主办：番禺支公司');
    expect(text).toContain('时间：2026年3月15日 09:30');
    expect(text).toContain('现场签到');
    await waitFor(() => beaconPosts(stub.requests.slice(before)).length > 0);
    expect(beaconPosts(stub.requests.slice(before))[0]).toMatchObject({ campaignCode, source: 'event', eventId: event.id });
  });

  it('checks the visitor in with one checkin beacon for the event, and remembers it on the device', async () => {
    const before = stub.requests.length;
    page = openPage('pages/landing/index', { c: campaignCode, s: 'event', e: event.id });
    await waitFor(() => textOf(page!).includes('现场签到'));

    tap(page, '.event-checkin__action .wide-button');
    await waitFor(() => textOf(page!).includes('签到成功'));
    await waitFor(() => beaconPosts(stub.requests.slice(before)).some((b) => b.beacons.some((beacon) => beacon.kind === 'checkin')));

    const checkins = beaconPosts(stub.requests.slice(before)).flatMap((b) =>
      b.beacons.filter((beacon) => beacon.kind === 'checkin').map(() => b),
    );
    expect(checkins).toHaveLength(1);
    expect(checkins[0]).toMatchObject({
      eventId: event.id,
      beacons: expect.arrayContaining([expect.objectContaining({ kind: 'checkin', target: { type: 'landing' } })]),
    });
    expect(stub.storage.get(checkinStorageKey)).toHaveProperty(event.id);

    // Next visit: already checked in, no second button.
    page.detach();
    page = openPage('pages/landing/index', { c: campaignCode, s: 'event', e: event.id });
    await waitFor(() => textOf(page!).includes('签到成功'));
    expect(textOf(page)).not.toContain('现场签到');
  });

  it('offers a discreet staff login when opened without a QR code', async () => {
    page = openPage('pages/landing/index', {});
    await waitFor(() => textOf(page!).includes('员工登录'));
    tap(page, '.text-link');
    await waitFor(() =>
      stub.calls.some((c) => c.name === 'navigateTo' && (c.options as { url: string }).url === '/staff/pages/login/index'),
    );
  });
});
