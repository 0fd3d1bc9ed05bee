import { handler as getMe } from '../../functions/src/handlers/getMe';
import { handler as login } from '../../functions/src/handlers/login';
import { handler as resetPassword } from '../../functions/src/handlers/resetPassword';
import { handler as updateAccount } from '../../functions/src/handlers/updateAccount';
import { handler as wechatBind } from '../../functions/src/handlers/wechatBind';
import { handler as wechatLogin } from '../../functions/src/handlers/wechatLogin';
import { resetConfig } from '../../functions/src/config';
import { findAccount } from '../../functions/src/repository/accountRepository';
import { loginLimits } from '../../functions/src/domain/auth/login';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount } from '../support/accounts';
import { withFrozenDate } from '../support/frozenClock';
import { invoke } from '../support/invoke';
import { SignJWT } from 'jose';

let tree: OrgTree;
let admin: TestAccount;

beforeAll(async () => {
  tree = await givenOrgTree();
  admin = await givenAccount({ role: 'admin', unitId: tree.headOffice.id });
});

let address = 0;
/** Each test signs in from an address of its own, so address limits don't leak between tests. */
function nextAddress(): string {
  address += 1;
  return `198.51.100.${address}`;
}

function signIn(employeeNo: string, password: string, sourceIp = nextAddress()) {
  return invoke(login, {
    method: 'POST',
    body: { employeeNo, password },
    requestContext: { http: { sourceIp } },
  });
}

describe('signing in with 工号 and password', () => {
  withFrozenDate();

  it('gives a token that works on signed-in endpoints', async () => {
    const staff = await givenAccount({ role: 'staff', unitId: tree.countyA.id, name: '张三' });

    const response = await signIn(staff.employeeNo.toLowerCase(), staff.password);

    expect(response.status).toBe(200);
    expect(response.body.account).toEqual({
      employeeNo: staff.employeeNo,
      name: '张三',
      role: 'staff',
      unitId: tree.countyA.id,
      disabled: false,
      wechatBound: false,
    });
    const me = await invoke(getMe, { headers: { authorization: `Bearer ${response.body.token}` } });
    expect(me.status).toBe(200);
    expect(me.body.employeeNo).toBe(staff.employeeNo);
  });

  it('answers a wrong password and an unknown 工号 alike', async () => {
    const staff = await givenAccount({ role: 'staff', unitId: tree.countyA.id });

    const wrongPassword = await signIn(staff.employeeNo, 'not-the-password');
    const unknownUser = await signIn('NOBODY404', 'whatever-password');

    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownUser.body);
    expect(wrongPassword.body.error.code).toBe('INVALID_CREDENTIALS');
  });

  it('locks an account for a while after repeated failures, even for the right password', async () => {
    const staff = await givenAccount({ role: 'staff', unitId: tree.countyA.id });
    for (let i = 0; i < loginLimits.perAccount; i++) await signIn(staff.employeeNo, `guess-${i}`);

    const response = await signIn(staff.employeeNo, staff.password);

    expect(response.status).toBe(429);
    expect(response.body.error.code).toBe('RATE_LIMITED');
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(loginLimits.windowSeconds);
  });

  it('lets no more guesses through than the limit when they arrive all at once', async () => {
    const staff = await givenAccount({ role: 'staff', unitId: tree.countyA.id });
    const ip = nextAddress();

    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(staff.employeeNo, `parallel-guess-${i}`, ip)));

    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(loginLimits.perAccount);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20 - loginLimits.perAccount);
    expect(answers.filter((answer) => answer.status === 429).every((answer) => Number(answer.headers['retry-after']) > 0)).toBe(true);
    expect((await signIn(staff.employeeNo, staff.password)).status).toBe(429);
  });

  it('does not count a successful sign-in against the limit', async () => {
    const staff = await givenAccount({ role: 'staff', unitId: tree.countyA.id });
    const ip = nextAddress();

    for (let i = 0; i < loginLimits.perAccount + 2; i++) expect((await signIn(staff.employeeNo, staff.password, ip)).status).toBe(200);
    expect((await signIn(staff.employeeNo, 'one-wrong-guess', ip)).status).toBe(401);
  });

  it('limits failures per address across accounts', async () => {
    const ip = nextAddress();
    for (let i = 0; i < loginLimits.perAddress; i++) await signIn(`GUESS${i}`, 'x', ip);
    const staff = await givenAccount({ role: 'staff', unitId: tree.countyA.id });

    const fromThatAddress = await signIn(staff.employeeNo, staff.password, ip);
    const fromElsewhere = await signIn(staff.employeeNo, staff.password);

    expect(fromThatAddress.status).toBe(429);
    expect(fromElsewhere.status).toBe(200);
  }, 30_000);

  it('refuses a disabled account and ends its sessions', async () => {
    const staff = await givenAccount({ role: 'staff', unitId: tree.countyA.id });

    await invoke(updateAccount, {
      method: 'PATCH',
      pathParameters: { employeeNo: staff.employeeNo },
      body: { disabled: true },
      headers: bearer(admin),
    });

    expect((await invoke(getMe, { headers: bearer(staff) })).status).toBe(401);
    expect((await signIn(staff.employeeNo, staff.password)).status).toBe(401);
  });

  it('ends old sessions when an admin resets the password', async () => {
    const staff = await givenAccount({ role: 'staff', unitId: tree.countyA.id });

    const reset = await invoke(resetPassword, {
      method: 'POST',
      pathParameters: { employeeNo: staff.employeeNo },
      body: { password: 'a-new-password-2026' },
      headers: bearer(admin),
    });

    expect(reset.status).toBe(204);
    expect((await invoke(getMe, { headers: bearer(staff) })).status).toBe(401);
    expect((await signIn(staff.employeeNo, staff.password)).status).toBe(401);
    expect((await signIn(staff.employeeNo, 'a-new-password-2026')).status).toBe(200);
  });

  it('refuses forged, expired and missing tokens with 401', async () => {
    const staff = await givenAccount({ role: 'staff', unitId: tree.countyA.id });
    const [header, payload] = staff.token.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;

    for (const authorization of [`Bearer ${forged}`, 'Bearer not-a-token', 'Basic abc', '']) {
      const response = await invoke(getMe, { headers: { authorization } });
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('UNAUTHENTICATED');
    }
  });
  it('refuses a correctly signed token that carries no expiry or no issue time', async () => {
    const staff = await givenAccount({ role: 'staff', unitId: tree.countyA.id });
    const secret = new TextEncoder().encode(process.env.AUTH_TOKEN_SECRET!);
    const now = Math.floor(Date.now() / 1000);
    const signed = (claims: { iat?: number; exp?: number }) => {
      const jwt = new SignJWT({ role: 'staff', tv: 0 })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(staff.employeeNo)
        .setIssuer('rights-outreach')
        .setAudience('rights-outreach-api');
      if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
      if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
      return jwt.sign(secret);
    };
    const complete = await signed({ iat: now, exp: now + 600 });
    expect((await invoke(getMe, { headers: { authorization: `Bearer ${complete}` } })).status).toBe(200);

    for (const token of [await signed({ iat: now }), await signed({ exp: now + 600 }), await signed({})]) {
      const response = await invoke(getMe, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('the first admin from configuration', () => {
  afterEach(() => {
    delete process.env.BOOTSTRAP_ADMIN_EMPLOYEE_NO;
    delete process.env.BOOTSTRAP_ADMIN_PASSWORD;
    resetConfig();
  });

  it('is created on its first sign-in with the configured password, and only then', async () => {
    const employeeNo = `BOOT${Date.now() % 100000}`;
    process.env.BOOTSTRAP_ADMIN_EMPLOYEE_NO = employeeNo;
    process.env.BOOTSTRAP_ADMIN_PASSWORD = 'configured-first-password';
    resetConfig();

    const wrong = await signIn(employeeNo, 'something-else');
    const right = await signIn(employeeNo, 'configured-first-password');

    expect(wrong.status).toBe(401);
    expect(right.status).toBe(200);
    expect(right.body.account).toMatchObject({ role: 'admin', unitId: 'hq' });
  });
});

describe('WeChat sign-in', () => {
  it('binds a WeChat user after a password sign-in, then signs in with a wx.login code alone', async () => {
    const staff = await givenAccount({ role: 'staff', unitId: tree.countyA.id });
    const openid = `o-test-${staff.employeeNo}`;

    const notYet = await invoke(wechatLogin, { method: 'POST', body: { code: `code-for:${openid}` } });
    const bound = await invoke(wechatBind, { method: 'POST', body: { code: `code-for:${openid}` }, headers: bearer(staff) });
    const signedIn = await invoke(wechatLogin, { method: 'POST', body: { code: `code-for:${openid}` } });

    expect(notYet.status).toBe(401);
    expect(notYet.body.error.code).toBe('WECHAT_NOT_BOUND');
    expect(bound.body.wechatBound).toBe(true);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.account.employeeNo).toBe(staff.employeeNo);
  });

  it('stores no openid, only a keyed hash of it', async () => {
    const staff = await givenAccount({ role: 'staff', unitId: tree.countyA.id });
    const openid = `o-secret-${staff.employeeNo}`;

    await invoke(wechatBind, { method: 'POST', body: { code: `code-for:${openid}` }, headers: bearer(staff) });

    const stored = JSON.stringify(await findAccount(staff.employeeNo));
    expect(stored).toContain('openidHash');
    expect(stored).not.toContain(openid);
  });

  it('refuses to bind one WeChat user to a second account', async () => {
    const [first, second] = await Promise.all([
      givenAccount({ role: 'staff', unitId: tree.countyA.id }),
      givenAccount({ role: 'staff', unitId: tree.countyA.id }),
    ]);
    const code = `code-for:o-shared-${first.employeeNo}`;
    await invoke(wechatBind, { method: 'POST', body: { code }, headers: bearer(first) });

    const response = await invoke(wechatBind, { method: 'POST', body: { code }, headers: bearer(second) });

    expect(response.status).toBe(409);
  });

  it('answers an expired wx.login code with 400 WECHAT_CODE_INVALID', async () => {
    const response = await invoke(wechatLogin, { method: 'POST', body: { code: 'expired' } });

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('WECHAT_CODE_INVALID');
  });
});
