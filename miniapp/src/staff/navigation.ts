import Taro from '@tarojs/taro';
import type { Role } from '@rights-outreach/shared';
import { routeUrl, routes, type Route } from '../constants/routes';

export { goToLogin } from '../auth/navigation';

const homes: Record<Role, Route> = { admin: routes.adminHome, marketing: routes.dashboardCampaigns, staff: routes.events };

/** Where a role starts after signing in: admins their home, marketing the dashboard, staff their events. */
export function goHome(role: Role): void {
  void Taro.reLaunch({ url: routeUrl(homes[role]) });
}

export function openEventForm(eventId?: string, campaignCode?: string): void {
  void Taro.navigateTo({ url: routeUrl(routes.eventForm, { id: eventId, c: campaignCode }) });
}

export function openEventDetail(eventId: string): void {
  void Taro.navigateTo({ url: routeUrl(routes.eventDetail, { id: eventId }) });
}

/** 平台数据与媒体发布: platform figures and media posts of the chosen campaign. */
export function openRecords(): void {
  void Taro.navigateTo({ url: routeUrl(routes.staffRecords) });
}

/** Back to the previous page, or the events list when this page was opened directly. */
export function backToEvents(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.redirectTo({ url: routeUrl(routes.events) });
}

/** Signs out on this device; records waiting in the outbox stay and go out at the next sign-in. */
export { signOut } from '../auth/navigation';
