import { FeedbackRequestSchema, SignupRequestSchema, signupConsentText, type PublicEventView } from '@rights-outreach/shared';
import { campaignCode, campaignView, source } from './support/fixtures';
import { apiBase, healthyApi, offlineApi, queuedBeacons, trackedKinds, visitorTokenFor } from './support/fakeApi';
import { launchApp, openPage, tap, textOf, waitFor, type OpenedPage } from './support/weappRuntime';
import { createWxStub, type RecordedRequest, type Responder } from './support/wxStub';

const event: PublicEventView = {
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  campaignCode,
  title: '幸福社区“3·15”消保宣传',
  type: 'community',
  placeName: '幸福社区文化广场',
  startAt: '2026-03-15T09:30:00+08:00',
  unitName: '番禺支公司',
};

/** The public API with the feedback and sign-up endpoints: 201 on first receipt, 200 for a resend of the same clientId. */
function formsApi(): Responder {
  const seen = new Set<string>();
  return (request) => {
    if (request.method === 'GET' && request.url === `${apiBase}/public/events/${event.id}`) return { statusCode: 200, data: event };
    if (request.method === 'POST' && (request.url === `${apiBase}/public/feedback` || request.url === `${apiBase}/public/signups`)) {
      const { clientId } = bodyOf(request) as { clientId: string };
      const again = seen.has(clientId);
      seen.add(clientId);
      return { statusCode: again ? 200 : 201, data: { stored: true } };
    }
    return healthyApi(request);
  };
}

let api: Responder = formsApi();
const stub = createWxStub((request) => api(request));
let page: OpenedPage | null = null;

const bodyOf = (request: RecordedRequest): unknown => (typeof request.data === 'string' ? JSON.parse(request.data) : request.data);
const posts = (path: string, from = 0) =>
  stub.requests
    .slice(from)
    .filter((r) => r.method === 'POST' && r.url === `${apiBase}${path}`)
    .map(bodyOf);

function typeInto(opened: OpenedPage, selector: string, value: string): void {
  const box = opened.querySelector(selector);
  if (!box) throw new Error(`nothing matches ${selector}`);
  box.dispatchEvent('input', { detail: { value } });
}

jest.setTimeout(30_000);
beforeAll(() => launchApp(stub));
afterEach(async () => {
  page?.detach();
  page = null;
  api = formsApi();
  await waitFor(() => queuedBeacons(stub.storage) === 0, 15_000);
}, 20_000);

describe('feedback on the landing page (weapp build)', () => {
  it('sends four stars and a comment under the visitor token, and thanks the visitor', async () => {
    const before = stub.requests.length;
    page = openPage('pages/landing/index', { c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes('您对本次宣传满意吗？'));
    expect(textOf(page)).toContain('0/500');

    page.querySelectorAll('.feedback-star')[3]!.dispatchEvent('tap');
    await waitFor(() => textOf(page!).includes('4 星 · 满意'));
    typeInto(page, '.feedback-card__comment', '讲得很清楚');
    await waitFor(() => textOf(page!).includes('5/500'));
    tap(page, '.feedback-card__submit');

    await waitFor(() => textOf(page!).includes('感谢您的评价'));
    const [sent] = posts('/public/feedback', before);
    expect(FeedbackRequestSchema.parse(sent)).toMatchObject({
      campaignCode,
      source,
      rating: 4,
      comment: '讲得很清楚',
      visitorToken: visitorTokenFor('wx-login-code-1'),
    });
    // The server counts the feedback itself: no beacon for it, sent or queued.
    expect(trackedKinds(stub.requests.slice(before), stub.storage)).not.toContain('feedback');
  });

  it('asks for stars in Chinese before sending anything', async () => {
    const before = stub.requests.length;
    api = (request) =>
      request.url === `${apiBase}/public/campaigns/rights-week-2027`
        ? { statusCode: 200, data: { ...campaignView, campaign: { ...campaignView.campaign, code: 'rights-week-2027' } } }
        : formsApi()(request);
    page = openPage('pages/landing/index', { c: 'rights-week-2027', s: source });
    await waitFor(() => textOf(page!).includes('您对本次宣传满意吗？'));

    tap(page, '.feedback-card__submit');

    await waitFor(() => textOf(page!).includes('请选择 1–5 星'));
    expect(posts('/public/feedback', before)).toHaveLength(0);
  });

  it('keeps what was typed when there is no signal, and sends the same feedback once the network is back', async () => {
    const code = 'rights-week-2028';
    const view = { ...campaignView, campaign: { ...campaignView.campaign, code } };
    const online = formsApi();
    const campaignOnly: Responder = (request) =>
      request.url === `${apiBase}/public/campaigns/${code}` ? { statusCode: 200, data: view } : undefined;
    api = (request) => campaignOnly(request) ?? offlineApi(request);
    const before = stub.requests.length;
    page = openPage('pages/landing/index', { c: code, s: source });
    await waitFor(() => textOf(page!).includes('您对本次宣传满意吗？'));

    page.querySelectorAll('.feedback-star')[1]!.dispatchEvent('tap');
    typeInto(page, '.feedback-card__comment', '字太小了');
    await waitFor(() => textOf(page!).includes('2 星 · 不满意') && textOf(page!).includes('4/500'));
    tap(page, '.feedback-card__submit');

    await waitFor(() => textOf(page!).includes('您的评价已保留在手机上'));
    expect(textOf(page)).toContain('重新提交');
    expect(textOf(page)).toContain('2 星 · 不满意');
    expect(textOf(page)).toContain('4/500');

    // Closed and opened again: the draft is still there.
    page.detach();
    page = openPage('pages/landing/index', { c: code, s: source });
    await waitFor(() => textOf(page!).includes('2 星 · 不满意') && textOf(page!).includes('4/500'));

    api = (request) => campaignOnly(request) ?? online(request);
    tap(page, '.feedback-card__submit');
    await waitFor(() => textOf(page!).includes('感谢您的评价'));
    const sent = posts('/public/feedback', before) as { clientId: string; rating: number; comment: string }[];
    expect(sent.at(-1)).toMatchObject({ rating: 2, comment: '字太小了' });
    // Every attempt of the same feedback under one id: the server stores it once.
    expect(new Set(sent.map((s) => s.clientId)).size).toBe(1);
  });
});

describe('sign-up on the landing page of an event (weapp build)', () => {
  it('is offered only when the page was opened for an event', async () => {
    page = openPage('pages/landing/index', { c: campaignCode, s: source });
    await waitFor(() => textOf(page!).includes(campaignView.campaign.name));
    expect(textOf(page)).not.toContain('报名参加');
  });

  it('needs the consent box ticked, shows field errors in Chinese, and says 报名成功', async () => {
    const before = stub.requests.length;
    page = openPage('pages/landing/index', { c: campaignCode, s: 'event', e: event.id });
    await waitFor(() => textOf(page!).includes('报名参加'));

    tap(page, '.signup-card__open');
    await waitFor(() => textOf(page!).includes(signupConsentText));
    tap(page, '.signup-card__submit');
    // Nothing sent without consent (the steps below check it again, after more has happened).
    expect(posts('/public/signups', before)).toHaveLength(0);

    typeInto(page, '#signup-name .signup-field__input', '王阿姨');
    typeInto(page, '#signup-phone .signup-field__input', '1380013');
    tap(page, '.signup-consent');
    await waitFor(() => textOf(page!).includes('✓'));
    tap(page, '.signup-card__submit');
    await waitFor(() => textOf(page!).includes('请输入 11 位手机号，或留空'));
    expect(posts('/public/signups', before)).toHaveLength(0);

    typeInto(page, '#signup-phone .signup-field__input', '13800138000');
    tap(page, '.signup-card__submit');

    await waitFor(() => textOf(page!).includes('报名成功'));
    const [sent] = posts('/public/signups', before);
    expect(SignupRequestSchema.parse(sent)).toMatchObject({
      campaignCode,
      eventId: event.id,
      source: 'event',
      name: '王阿姨',
      phone: '13800138000',
      consent: true,
      visitorToken: visitorTokenFor('wx-login-code-1'),
    });

    // Next visit: already signed up.
    page.detach();
    page = openPage('pages/landing/index', { c: campaignCode, s: 'event', e: event.id });
    await waitFor(() => textOf(page!).includes('报名成功'));
    expect(textOf(page)).not.toContain('报名参加');
  });
});
