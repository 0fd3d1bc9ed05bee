import { isbot } from 'isbot';

const wechat = /MicroMessenger/i;

/**
 * Whether a request comes from a known crawler, whose page opens are not people reading
 * (the well-kept `isbot` list). WeChat's in-app browser and mini-program requests
 * (`MicroMessenger`) are never treated as crawlers, whatever else their user agent says.
 */
export function isCrawler(userAgent: string | undefined): boolean {
  if (!userAgent || wechat.test(userAgent)) return false;
  return isbot(userAgent);
}
