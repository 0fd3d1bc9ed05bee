import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { addDays, shanghaiDate } from '@rights-outreach/shared';
import { resetConfig } from '../../functions/src/config';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { handler as visitorSession } from '../../functions/src/handlers/visitorSession';
import { db, tableName } from '../../functions/src/repository/client';
import { givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { aBatch, aBeacon, aVisitorId, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';
import { readTotals } from '../support/totals';
import { withFrozenDate } from '../support/frozenClock';

/** What the beacon edge lets in: campaign dates, replays, rate limits, and who a person is. */
let marketing: TestAccount;
beforeAll(async () => {
  marketing = await givenAccount({ role: 'marketing', unitId: (await givenOrgTree()).headOffice.id });
});

const send = (body: unknown, sourceIp = '203.0.113.7') =>
  invoke(recordBeacons, { method: 'POST', body, requestContext: { http: { sourceIp } } });
const totalsOf = async (code: string) => (await readTotals(code, marketing)).totals;
const today = shanghaiDate(new Date());

describe('campaign dates', () => {
  it('acknowledges but does not count beacons from before the campaign opened or after it closed (Asia/Shanghai days)', async () => {
    const { campaign } = await givenCampaign({ startDate: addDays(today, -10), endDate: addDays(today, -2) });

    const response = await send(
      aBatch(campaign.code, [
        aBeacon({ at: `${addDays(today, -11)}T23:59:00+08:00` }),
        aBeacon({ at: `${addDays(today, -10)}T00:00:00+08:00` }),
        aBeacon({ at: `${addDays(today, -2)}T23:59:59+08:00` }),
        aBeacon({ at: `${addDays(today, -1)}T00:00:00+08:00` }),
      ]),
    );

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ accepted: 2, ignored: 2 });
    expect(await totalsOf(campaign.code)).toMatchObject({ views: 2, visitors: 1 });
  });

  it('counts a beacon that happened during the campaign and arrives after it closed (an offline queue)', async () => {
    const { campaign } = await givenCampaign({ startDate: addDays(today, -10), endDate: addDays(today, -5) });

    const response = await send(aBatch(campaign.code, [aBeacon({ at: `${addDays(today, -6)}T10:00:00+08:00` })]));

    expect(response.body).toEqual({ accepted: 1 });
  });

  it('refuses a batch with a beacon from the future and counts none of it', async () => {
    const { campaign } = await givenCampaign();
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();

    const response = await send(aBatch(campaign.code, [aBeacon(), aBeacon({ at: inAnHour })]));

    expect(response.status).toBe(400);
    expect(await totalsOf(campaign.code)).toMatchObject({ views: 0 });
  });
});

/** Sets configuration for the tests of a block and puts it back afterwards. */
function withConfig(values: Record<string, string>): void {
  const saved = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  beforeEach(() => {
    Object.assign(process.env, values);
    resetConfig();
  });
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    resetConfig();
  });
}

describe('beacons older than their dedup records live', () => {
  withConfig({ BEACON_TTL_DAYS: '7' });

  it('are never counted, so a replay after the record expired cannot count twice', async () => {
    const { campaign } = await givenCampaign({ startDate: addDays(today, -30) });

    const response = await send(aBatch(campaign.code, [aBeacon({ at: `${addDays(today, -8)}T12:00:00+08:00` }), aBeacon()]));

    expect(response.body).toEqual({ accepted: 1, ignored: 1 });
  });
});

describe('rate limits', () => {
  withFrozenDate();
  withConfig({ BEACON_LIMIT_PER_PERSON: '6', BEACON_LIMIT_PER_ADDRESS: '200' });

  it('answers one person over the limit with 429 and Retry-After, counting nothing of that batch', async () => {
    const { campaign } = await givenCampaign();
    const person = aVisitorId();
    const address = `198.51.100.${randomBytes(1)[0]}`;

    expect((await send(aBatch(campaign.code, [aBeacon(), aBeacon(), aBeacon(), aBeacon()], { visitorId: person }), address)).status).toBe(
      200,
    );
    const over = await send(aBatch(campaign.code, [aBeacon(), aBeacon(), aBeacon()], { visitorId: person }), address);

    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('RATE_LIMITED');
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(over.headers['retry-after'])).toBeLessThanOrEqual(600);
    expect(await totalsOf(campaign.code)).toMatchObject({ views: 4 });
  });

  it('lets a crowd on one event Wi-Fi through: many people behind one address, each under their own limit', async () => {
    const { campaign } = await givenCampaign();
    const eventWifi = '192.0.2.44';
    const crowd = Array.from({ length: 40 }, () => aVisitorId());

    const responses = await Promise.all(
      crowd.map((visitorId) => send(aBatch(campaign.code, [aBeacon(), aBeacon(), aBeacon()], { visitorId }), eventWifi)),
    );

    expect(responses.map((r) => r.status)).toEqual(crowd.map(() => 200));
    expect(await totalsOf(campaign.code)).toMatchObject({ views: 120, visitors: 40 });
  });
});

describe('who a person is', () => {
  async function tokenFor(openid: string): Promise<string> {
    const response = await invoke(visitorSession, { method: 'POST', body: { code: `code-for:${openid}` } });
    expect(response.status).toBe(200);
    return response.body.visitorToken;
  }

  it('counts one WeChat user once across devices (the openid behind the visitor token), not per device id', async () => {
    const { campaign } = await givenCampaign();
    const openid = `oReader${randomBytes(6).toString('hex')}`;
    const phone = await tokenFor(openid);
    const tablet = await tokenFor(openid);

    await send(aBatch(campaign.code, [aBeacon()], { visitorId: aVisitorId(), visitorToken: phone }));
    await send(aBatch(campaign.code, [aBeacon()], { visitorId: aVisitorId(), visitorToken: tablet }));

    expect(await totalsOf(campaign.code)).toMatchObject({ views: 2, visitors: 1 });
  });

  it('refuses a forged visitor token with 401 VISITOR_TOKEN_INVALID and counts nothing', async () => {
    const { campaign } = await givenCampaign();
    const forged = `${(await tokenFor('oSomeone')).slice(0, -4)}AAAA`;

    const response = await send(aBatch(campaign.code, [aBeacon()], { visitorToken: forged }));

    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('VISITOR_TOKEN_INVALID');
    expect(await totalsOf(campaign.code)).toMatchObject({ views: 0 });
  });

  it('refuses a correctly signed visitor token that never expires', async () => {
    const { campaign } = await givenCampaign();
    const noExpiry = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject('a-person-hash')
      .setIssuer('rights-outreach')
      .setAudience('rights-outreach-visitor')
      .setIssuedAt()
      .sign(new TextEncoder().encode(process.env.AUTH_TOKEN_SECRET!));

    const response = await send(aBatch(campaign.code, [aBeacon()], { visitorToken: noExpiry }));

    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('VISITOR_TOKEN_INVALID');
    expect(await totalsOf(campaign.code)).toMatchObject({ views: 0 });
  });

  it('refuses a login code WeChat rejects with 400 WECHAT_CODE_INVALID', async () => {
    const response = await invoke(visitorSession, { method: 'POST', body: { code: 'expired' } });

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('WECHAT_CODE_INVALID');
  });

  it('never stores the openid, the device id or the address with tracking data', async () => {
    const { campaign } = await givenCampaign();
    const openid = `oPrivate${randomBytes(6).toString('hex')}`;
    const visitorId = aVisitorId();
    const address = '198.51.100.231';

    await send(aBatch(campaign.code, [aBeacon()], { visitorId, visitorToken: await tokenFor(openid) }), address);
    await send(aBatch(campaign.code, [aBeacon()], { visitorId }), address);

    // Every page of the whole table (one Scan answers at most 1 MB).
    const pages: unknown[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await db().send(new ScanCommand({ TableName: tableName(), ExclusiveStartKey: startKey }));
      pages.push(page.Items);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    const everything = JSON.stringify(pages);
    expect(everything).toContain(campaign.code);
    for (const secret of [openid, visitorId, address]) expect(everything).not.toContain(secret);
  });
});
