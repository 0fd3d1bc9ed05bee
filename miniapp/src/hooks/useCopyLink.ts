import { useCallback, useState } from 'react';
import type { LandingParams } from '@rights-outreach/shared';
import { getSharerTag, getTracker, type PageTarget } from '../tracker';
import { copyText } from '../utils/copyText';
import { sharePath } from '../utils/sharing';

export interface CopyLink {
  /** The link last copied (shown so it can still be copied by hand if the clipboard refused). */
  copied: string | null;
  /** Whether the clipboard took it. */
  ok: boolean;
  copy: () => void;
}

/**
 * 复制链接分享 (H5): copies this page's link for the same campaign, tagged with this device's
 * sharer tag, and counts one `share_tap`. Whoever opens the pasted link counts a `share_open`
 * (scene `link`), as a card shared in WeChat does.
 */
export function useCopyLink(campaign: LandingParams | null, target: PageTarget | null): CopyLink {
  const [copied, setCopied] = useState<string | null>(null);
  const [ok, setOk] = useState(false);

  const copy = useCallback(() => {
    if (!target) return;
    const link = `${window.location.origin}${sharePath(target, campaign, getSharerTag())}`;
    if (campaign) getTracker().track(campaign, { kind: 'share_tap', target });
    setCopied(link);
    void copyText(link).then(setOk);
  }, [campaign, target]);

  return { copied, ok, copy };
}
