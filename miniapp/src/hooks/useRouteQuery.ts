import { useRouter } from '@tarojs/taro';
import type { RouteQuery } from '../utils/pageParams';

/** The page's query parameters (in WeChat, also `q` from an ordinary-link QR code). */
export function useRouteQuery(): RouteQuery {
  return useRouter().params;
}
