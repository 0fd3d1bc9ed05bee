import type { LoginResponse } from '@rights-outreach/shared';
import type { Page } from 'playwright-core';

/** Where the mini-program keeps the session (miniapp/src/auth/session.ts); Taro's H5 storage wraps values in `{ data }`. */
const sessionKey = 'ro.session.v1';

/** Signs in through the API, as the login page does, and returns what it stores. */
export async function apiLogin(apiUrl: string, account: { employeeNo: string; password: string }): Promise<LoginResponse> {
  const response = await fetch(`${apiUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ employeeNo: account.employeeNo, password: account.password }),
  });
  if (response.status !== 200) throw new Error(`login of ${account.employeeNo} failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as LoginResponse;
}

/**
 * Puts a signed-in session into the page's storage before the app starts, so a test can
 * open a signed-in page directly (the login page itself is tested on its own).
 */
export async function seedSession(page: Page, login: LoginResponse): Promise<void> {
  const session = { token: login.token, expiresAt: login.expiresAt, account: login.account };
  await page.addInitScript(({ key, value }) => window.localStorage.setItem(key, value), {
    key: sessionKey,
    value: JSON.stringify({ data: session }),
  });
}
