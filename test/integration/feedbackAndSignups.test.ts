import { randomUUID } from 'node:crypto';
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { FeedbackRequest, SignupRequest } from '@rights-outreach/shared';
import { handler as createEvent } from '../../functions/src/handlers/createEvent';
import { handler as exportSignups } from '../../functions/src/handlers/exportSignups';
import { handler as getSignupSummary } from '../../functions/src/handlers/getSignupSummary';
import { handler as listFeedback } from '../../functions/src/handlers/listFeedback';
import { handler as submitFeedback } from '../../functions/src/handlers/submitFeedback';
import { handler as submitSignup } from '../../functions/src/handlers/submitSignup';
import { db, tableName } from '../../functions/src/repository/client';
import { keys } from '../../functions/src/repository/keys';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount } from '../support/accounts';
import { aVisitorId, anEventRequest, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';
import { readTotals } from '../support/totals';

let tree: OrgTree;
let admin: TestAccount;
let marketing: TestAccount;
let marketingHq: TestAccount;
beforeAll(async () => {
  tree = await givenOrgTree();
  admin = await givenAccount({ role: 'admin', unitId: tree.headOffice.id });
  marketing = await givenAccount({ role: 'marketing', unitId: tree.province.id });
  marketingHq = await givenAccount({ role: 'marketing', unitId: tree.headOffice.id });
});

const post = (handler: typeof submitFeedback, body: unknown) => invoke(handler, { method: 'POST', body });

describe('feedback', () => {
  const aFeedback = (campaignCode: string, overrides: Partial<FeedbackRequest> = {}): FeedbackRequest => ({
    clientId: randomUUID(),
    campaignCode,
    rating: 4,
    comment: '讲解很清楚，希望多来社区。',
    visitorId: aVisitorId(),
    at: new Date().toISOString(),
    ...overrides,
  });

  it('stores a rating and comment once, counts it once, and lets marketing read it without anyone’s identity', async () => {
    const { campaign } = await givenCampaign();
    const feedback = aFeedback(campaign.code);

    expect((await post(submitFeedback, feedback)).status).toBe(201);
    expect((await post(submitFeedback, feedback)).status).toBe(200);
    await post(submitFeedback, aFeedback(campaign.code, { rating: 5, comment: undefined }));

    const read = await invoke(listFeedback, { pathParameters: { code: campaign.code }, headers: bearer(marketingHq) });
    expect(read.body).toMatchObject({ count: 2, averageRating: 4.5 });
    expect(read.body.entries).toContainEqual({ id: feedback.clientId, rating: 4, comment: feedback.comment, at: feedback.at });
    expect(JSON.stringify(read.body)).not.toContain(feedback.visitorId);
    // Campaign-wide feedback belongs to no unit: the whole campaign's totals (head office) count it.
    expect((await readTotals(campaign.code, admin)).totals).toMatchObject({ feedbacks: 2, ratingSum: 9, visitors: 2 });
  });

  it('shows marketing below head office only the feedback given at the events of its subtree', async () => {
    const { campaign } = await givenCampaign();
    const elsewhere = await givenOrgTree();
    const ours = anEventRequest(campaign.code, tree.countyA.id);
    const theirs = anEventRequest(campaign.code, elsewhere.countyA.id);
    for (const event of [ours, theirs]) {
      expect((await invoke(createEvent, { method: 'POST', body: event, headers: bearer(admin) })).status).toBe(201);
    }
    const atOurs = aFeedback(campaign.code, { eventId: ours.clientId, comment: '我们的活动' });
    for (const feedback of [atOurs, aFeedback(campaign.code, { eventId: theirs.clientId }), aFeedback(campaign.code)]) {
      expect((await post(submitFeedback, feedback)).status).toBe(201);
    }

    const province = await invoke(listFeedback, { pathParameters: { code: campaign.code }, headers: bearer(marketing) });
    expect(province.body).toMatchObject({ count: 1, averageRating: 4 });
    expect(province.body.entries.map((entry: { id: string }) => entry.id)).toEqual([atOurs.clientId]);
    const headOffice = await invoke(listFeedback, { pathParameters: { code: campaign.code }, headers: bearer(marketingHq) });
    expect(headOffice.body.count).toBe(3);
  });

  it('refuses another feedback under a client id already used with 409 IDEMPOTENCY_CONFLICT, and changes nothing', async () => {
    const { campaign } = await givenCampaign();
    const feedback = aFeedback(campaign.code, { rating: 2, comment: '第一次' });
    expect((await post(submitFeedback, feedback)).status).toBe(201);

    const reused = await post(submitFeedback, { ...feedback, rating: 5, comment: '改过了' });

    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_CONFLICT');
    const read = await invoke(listFeedback, { pathParameters: { code: campaign.code }, headers: bearer(marketingHq) });
    expect(read.body.entries).toEqual([expect.objectContaining({ id: feedback.clientId, rating: 2, comment: '第一次' })]);
    expect((await readTotals(campaign.code, admin)).totals).toMatchObject({ feedbacks: 1, ratingSum: 2 });
    // The same feedback again (a resend under a renewed visitor token) is still a resend.
    expect((await post(submitFeedback, { ...feedback, visitorToken: undefined })).status).toBe(200);
  });

  it.each([
    ['a rating of 0', { rating: 0 }],
    ['a rating of 6', { rating: 6 }],
    ['a comment over 500 characters', { comment: '好'.repeat(501) }],
    ['a material outside the campaign', { materialId: 'not-in-campaign' }],
  ])('refuses %s with 400 and stores nothing', async (_, overrides) => {
    const { campaign } = await givenCampaign();

    const response = await post(submitFeedback, aFeedback(campaign.code, overrides as Partial<FeedbackRequest>));

    expect(response.status).toBe(400);
    const read = await invoke(listFeedback, { pathParameters: { code: campaign.code }, headers: bearer(marketing) });
    expect(read.body.count).toBe(0);
  });
});

describe('sign-ups', () => {
  async function givenEvent(campaignCode: string) {
    const request = anEventRequest(campaignCode, tree.countyA.id, { startAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect((await invoke(createEvent, { method: 'POST', body: request, headers: bearer(admin) })).status).toBe(201);
    return request.clientId;
  }
  const aSignup = (campaignCode: string, eventId: string, overrides: Partial<SignupRequest> = {}): SignupRequest => ({
    clientId: randomUUID(),
    campaignCode,
    eventId,
    name: '张阿姨',
    phone: '13800138000',
    consent: true,
    visitorId: aVisitorId(),
    at: new Date().toISOString(),
    ...overrides,
  });

  it('stores name and phone only encrypted, counts each person once, and shows marketing numbers, not phones', async () => {
    const { campaign } = await givenCampaign();
    const eventId = await givenEvent(campaign.code);
    const signup = aSignup(campaign.code, eventId);

    expect((await post(submitSignup, signup)).status).toBe(201);
    expect((await post(submitSignup, signup)).status).toBe(200);
    await post(submitSignup, aSignup(campaign.code, eventId, { name: undefined, phone: undefined }));

    const summary = await invoke(getSignupSummary, { pathParameters: { id: eventId }, headers: bearer(marketing) });
    expect(summary.body).toEqual({ eventId, signups: 2, withPhone: 1 });
    expect((await readTotals(campaign.code, marketing)).totals).toMatchObject({ signups: 2 });
    const stored = JSON.stringify(await db().send(new ScanCommand({ TableName: tableName() })));
    expect(stored).not.toContain('13800138000');
    expect(stored).not.toContain('张阿姨');
  });

  it('refuses another sign-up under a client id already used with 409 IDEMPOTENCY_CONFLICT, and changes nothing', async () => {
    const { campaign } = await givenCampaign();
    const eventId = await givenEvent(campaign.code);
    const signup = aSignup(campaign.code, eventId);
    expect((await post(submitSignup, signup)).status).toBe(201);

    const reused = await post(submitSignup, { ...signup, phone: '13900139000' });

    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_CONFLICT');
    const exported = await invoke(exportSignups, { pathParameters: { id: eventId }, headers: bearer(admin) });
    expect(exported.rawBody).toContain('13800138000');
    expect(exported.rawBody).not.toContain('13900139000');
    expect((await readTotals(campaign.code, marketing)).totals).toMatchObject({ signups: 1 });
    expect((await post(submitSignup, signup)).status).toBe(200);
  });

  it('lets an admin export the list with names and phones opened, as CSV for Excel', async () => {
    const { campaign } = await givenCampaign();
    const eventId = await givenEvent(campaign.code);
    await post(submitSignup, aSignup(campaign.code, eventId));

    const exported = await invoke(exportSignups, { pathParameters: { id: eventId }, headers: bearer(admin) });

    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(exported.rawBody.split('\r\n').slice(1, 3)).toEqual(['姓名,手机号,报名时间', expect.stringMatching(/^张阿姨,13800138000,/)]);
  });

  it('deletes a sign-up by TTL a configurable time after the event’s day', async () => {
    const { campaign } = await givenCampaign();
    const eventId = await givenEvent(campaign.code);
    const signup = aSignup(campaign.code, eventId);
    await post(submitSignup, signup);

    // Read by key: a filtered Scan sees only the first 1 MB of a table other suites have filled.
    const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: keys.signup(signup.clientId) }));
    const deleteAt = Number(Item?.ttl) * 1000;
    // The event is tomorrow; kept 30 days (SIGNUP_RETENTION_DAYS default) after its day.
    expect(deleteAt).toBeGreaterThan(Date.now() + 30 * 86_400_000);
    expect(deleteAt).toBeLessThan(Date.now() + 33 * 86_400_000);
  });

  it('refuses a sign-up without consent, or with a malformed phone, and stores nothing', async () => {
    const { campaign } = await givenCampaign();
    const eventId = await givenEvent(campaign.code);

    for (const bad of [{ consent: false }, { phone: '12345' }]) {
      const response = await post(submitSignup, aSignup(campaign.code, eventId, bad as Partial<SignupRequest>));
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    }
    const summary = await invoke(getSignupSummary, { pathParameters: { id: eventId }, headers: bearer(admin) });
    expect(summary.body.signups).toBe(0);
  });

  it('refuses a sign-up for an event that does not exist with 404', async () => {
    const { campaign } = await givenCampaign();

    const response = await post(submitSignup, aSignup(campaign.code, randomUUID()));

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('EVENT_NOT_FOUND');
  });
});
