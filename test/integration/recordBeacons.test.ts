import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { aBatch, aBeacon, aVisitorId, givenCampaign } from '../support/fixtures';
import { givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { invoke } from '../support/invoke';
import { readTotals } from '../support/totals';

let marketing: TestAccount;
beforeAll(async () => {
  marketing = await givenAccount({ role: 'marketing', unitId: (await givenOrgTree()).headOffice.id });
});

async function totalsOf(code: string) {
  return (await readTotals(code, marketing)).totals;
}

function send(body: unknown) {
  return invoke(recordBeacons, { method: 'POST', path: '/public/beacons', body });
}

describe('recording beacons', () => {
  it('counts a landing view and a material view as two views of one visitor', async () => {
    const { campaign, materials } = await givenCampaign();
    const batch = aBatch(campaign.code, [aBeacon(), aBeacon({ target: { type: 'material', materialId: materials[0]!.id } })]);

    const response = await send(batch);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ accepted: 2 });
    expect(await totalsOf(campaign.code)).toMatchObject({ views: 2, visitors: 1, checkins: 0 });
  });

  it('counts a replayed beacon once', async () => {
    const { campaign } = await givenCampaign();
    const batch = aBatch(campaign.code, [aBeacon()]);

    await send(batch);
    const replay = await send(batch);

    expect(replay.body).toEqual({ accepted: 1 });
    expect(await totalsOf(campaign.code)).toMatchObject({ views: 1, visitors: 1 });
  });

  it('counts a beacon repeated inside one batch once', async () => {
    const { campaign } = await givenCampaign();
    const beacon = aBeacon();

    const response = await send(aBatch(campaign.code, [beacon, beacon, beacon]));

    expect(response.body).toEqual({ accepted: 3 });
    expect(await totalsOf(campaign.code)).toMatchObject({ views: 1, visitors: 1 });
  });

  it('does not count a returning visitor as a new distinct visitor', async () => {
    const { campaign } = await givenCampaign();
    const visitorId = aVisitorId();

    await send(aBatch(campaign.code, [aBeacon()], { visitorId }));
    await send(aBatch(campaign.code, [aBeacon(), aBeacon()], { visitorId }));

    expect(await totalsOf(campaign.code)).toMatchObject({ views: 3, visitors: 1 });
  });

  it('counts different visitors separately', async () => {
    const { campaign } = await givenCampaign();

    await send(aBatch(campaign.code, [aBeacon()]));
    await send(aBatch(campaign.code, [aBeacon()]));

    expect(await totalsOf(campaign.code)).toMatchObject({ views: 2, visitors: 2 });
  });

  it('counts exactly once when the same batches arrive concurrently and repeatedly', async () => {
    const { campaign } = await givenCampaign();
    const phones = Array.from({ length: 10 }, () =>
      aBatch(
        campaign.code,
        Array.from({ length: 5 }, () => aBeacon()),
      ),
    );

    const sends = phones.flatMap((batch) => [send(batch), send(batch), send(batch)]);
    const responses = await Promise.all(sends);

    expect(responses.every((r) => r.status === 200)).toBe(true);
    // Each send is acknowledged whole; the count is made once per beacon id, from the stream.
    expect(responses.map((r) => r.body.accepted)).toEqual(sends.map(() => 5));
    expect(await totalsOf(campaign.code)).toMatchObject({ views: 50, visitors: 10 });
  });

  it('starts a campaign at zero', async () => {
    const { campaign } = await givenCampaign();

    const totals = await readTotals(campaign.code, marketing);
    expect(Object.values(totals.totals).every((value) => value === 0)).toBe(true);
    expect(Object.values(totals.breakdowns).every((rows) => rows.length === 0)).toBe(true);
  });
});

describe('crawlers', () => {
  const googlebot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
  const baiduspider = 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)';

  it.each([googlebot, baiduspider])('acknowledges but never counts beacons from a known crawler (%s)', async (userAgent) => {
    const { campaign } = await givenCampaign();

    const response = await invoke(recordBeacons, {
      method: 'POST',
      body: aBatch(campaign.code, [aBeacon(), aBeacon()]),
      headers: { 'user-agent': userAgent },
    });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ accepted: 0, ignored: 2 });
    expect(await totalsOf(campaign.code)).toMatchObject({ views: 0, visitors: 0 });
  });

  it('always counts WeChat (MicroMessenger), whatever else its user agent says', async () => {
    const { campaign } = await givenCampaign();
    const wechatLookingLikeABot = `${googlebot} MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN`;

    const response = await invoke(recordBeacons, {
      method: 'POST',
      body: aBatch(campaign.code, [aBeacon()]),
      headers: { 'user-agent': wechatLookingLikeABot },
    });

    expect(response.body).toEqual({ accepted: 1 });
    expect(await totalsOf(campaign.code)).toMatchObject({ views: 1, visitors: 1 });
  });
});
