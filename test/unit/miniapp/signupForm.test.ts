import { SignupRequestSchema } from '@rights-outreach/shared';
import { emptySignupForm, signupErrors, signupRequest } from '../../../miniapp/src/signup/signupForm';

const event = { campaignCode: 'rights-week-2026', source: 'event', eventId: '3b241101-e2bb-4255-8caf-4136c566a962' };
const clientId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const visitor = { visitorId: 'AbCdEfGhIjKlMnOpQrStUv', visitorToken: 'visitor-token-for-wx-login-code-1' };
const at = '2026-03-15T10:00:00.000+08:00';

describe('sign-up form', () => {
  it('cannot be sent before the consent box is ticked', () => {
    expect(signupErrors(emptySignupForm)).toEqual({ consent: '请先阅读并同意信息使用说明' });
  });

  it('shows the shared Chinese message for a phone number that is not 11 digits', () => {
    expect(signupErrors({ name: '', phone: '1380013', consent: true })).toEqual({ phone: '请输入 11 位手机号，或留空' });
    expect(signupErrors({ name: '王'.repeat(21), phone: '', consent: true })).toEqual({ name: '姓名最多 20 个字' });
  });

  it('sends name and phone only when given, for the event of the scanned code', () => {
    const anonymous = signupRequest({ name: ' ', phone: '', consent: true }, event, clientId, visitor, at);
    const named = signupRequest({ name: ' 王阿姨 ', phone: '138 0013 8000', consent: true }, event, clientId, visitor, at);

    expect(SignupRequestSchema.parse(anonymous)).toEqual({ clientId, ...event, consent: true, ...visitor, at });
    expect(SignupRequestSchema.parse(named)).toMatchObject({ name: '王阿姨', phone: '13800138000', eventId: event.eventId });
    expect(signupErrors({ name: ' 王阿姨 ', phone: '138 0013 8000', consent: true })).toBeNull();
  });
});
