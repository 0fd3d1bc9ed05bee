import Taro from '@tarojs/taro';
import { routeUrl, routes } from '../constants/routes';
import { clearSession } from './session';

/** The login page in place of everything open (nothing signed-in stays in the history). */
export function goToLogin(): void {
  void Taro.reLaunch({ url: routeUrl(routes.login) });
}

/** Signs out on this device and opens the login page. */
export function signOut(): void {
  clearSession();
  goToLogin();
}
