import Taro from '@tarojs/taro';
import type { Role } from '@rights-outreach/shared';
import { clearSession } from '../auth/session';
import { routeUrl, routes } from '../constants/routes';

/** The login page in place of everything open (nothing signed-in stays in the history). */
export function goToLogin(): void {
  void Taro.reLaunch({ url: routeUrl(routes.login) });
}

/** Where a role starts after signing in: admins their home, everyone else their events. */
export function goHome(role: Role): void {
  void Taro.reLaunch({ url: routeUrl(role === 'admin' ? routes.adminHome : routes.events) });
}

export function openEventForm(eventId?: string, campaignCode?: string): void {
  void Taro.navigateTo({ url: routeUrl(routes.eventForm, { id: eventId, c: campaignCode }) });
}

export function openEventDetail(eventId: string): void {
  void Taro.navigateTo({ url: routeUrl(routes.eventDetail, { id: eventId }) });
}

/** Back to the previous page, or the events list when this page was opened directly. */
export function backToEvents(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.redirectTo({ url: routeUrl(routes.events) });
}

/** Signs out on this device; records waiting in the outbox stay and go out at the next sign-in. */
export function signOut(): void {
  clearSession();
  goToLogin();
}
