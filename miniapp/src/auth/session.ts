import Taro from '@tarojs/taro';
import type { AccountView, LoginResponse } from '@rights-outreach/shared';

const storageKey = 'ro.session.v1';

export interface Session {
  token: string;
  expiresAt: string;
  account: AccountView;
}

/** The signed-in staff member, kept in device storage so a closed app stays signed in. */
export function getSession(now = new Date()): Session | null {
  try {
    const session = Taro.getStorageSync(storageKey) as Session | '' | undefined;
    if (!session || typeof session.token !== 'string') return null;
    return Date.parse(session.expiresAt) > now.getTime() ? session : null;
  } catch {
    return null;
  }
}

export function saveSession(login: LoginResponse): Session {
  const session: Session = { token: login.token, expiresAt: login.expiresAt, account: login.account };
  Taro.setStorageSync(storageKey, session);
  return session;
}

export function clearSession(): void {
  try {
    Taro.removeStorageSync(storageKey);
  } catch {
    // nothing stored
  }
}

/** The bearer token for API calls, if signed in. */
export function getToken(): string | null {
  return getSession()?.token ?? null;
}
