import Taro from '@tarojs/taro';
import { routes, type Route } from '../constants/routes';

/** Opens an admin (or staff) page on top of the current one. */
export function openPage(route: Route, query = ''): void {
  void Taro.navigateTo({ url: `/${route}${query}` });
}

/** Back to the admin home: a plain "back" when it is the previous page, otherwise in place of this one. */
export function goAdminHome(): void {
  const pages = Taro.getCurrentPages();
  const previous = pages.length > 1 ? pages[pages.length - 2] : undefined;
  // WeChat names the page `route`; Taro's H5 router also sets `path` (with a leading slash and query).
  const previousRoute = previous ? (previous.route ?? previous.path ?? '').replace(/^\//, '').split('?')[0] : '';
  if (previousRoute === routes.adminHome) {
    void Taro.navigateBack();
  } else {
    void Taro.redirectTo({ url: `/${routes.adminHome}` });
  }
}

/** Back to where the admin came from (e.g. the campaign list after saving), or the admin home. */
export function goBackOr(route: Route): void {
  if (Taro.getCurrentPages().length > 1) {
    void Taro.navigateBack();
  } else {
    void Taro.redirectTo({ url: `/${route}` });
  }
}

export { signOut } from '../auth/navigation';
