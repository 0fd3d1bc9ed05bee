import type { LandingParams } from '@rights-outreach/shared';
import type { PageTarget } from '../../tracker';

interface CopyLinkButtonProps {
  campaign: LandingParams | null;
  target: PageTarget | null;
}

/**
 * 复制链接分享 is for browsers (index.tsx): the mini-program has 分享给好友. Its own file (Taro picks
 * `.weapp.tsx` for WeChat) so the H5 button, its clipboard and its styles stay out of the main package.
 */
export function CopyLinkButton(_props: CopyLinkButtonProps): null {
  return null;
}
