import { WideButton } from '../WideButton';

/**
 * 分享给好友: opens WeChat's share card for the page (its useSharePage decides title and path).
 * Only in the mini-program: a browser has no WeChat share, and the address bar already holds the link.
 */
export function ShareButton() {
  if (process.env.TARO_ENV !== 'weapp') return null;
  return <WideButton variant="secondary" text="分享给好友" openType="share" />;
}
