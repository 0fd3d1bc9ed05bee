import { Text, View } from '@tarojs/components';
import type { LandingParams } from '@rights-outreach/shared';
import { useCopyLink } from '../../hooks/useCopyLink';
import type { PageTarget } from '../../tracker';
import { WideButton } from '../WideButton';
import './index.css';

interface CopyLinkButtonProps {
  campaign: LandingParams | null;
  target: PageTarget | null;
}

function CopyLinkInH5({ campaign, target }: CopyLinkButtonProps) {
  const { copied, ok, copy } = useCopyLink(campaign, target);
  return (
    <View className="copy-link">
      <WideButton className="copy-link__button" variant="secondary" text="复制链接分享" onClick={copy} />
      {copied ? (
        <View className="copy-link__done" ariaRole="status">
          <Text className="copy-link__hint">{ok ? '链接已复制，粘贴到微信聊天即可发给家人朋友：' : '请长按下方链接复制：'}</Text>
          <Text className="copy-link__url" userSelect>
            {copied}
          </Text>
        </View>
      ) : null}
    </View>
  );
}

/**
 * 复制链接分享: in a browser (H5) there is no WeChat share card, so the page's link is copied
 * instead. Nothing in the mini-program, which has 分享给好友.
 */
export function CopyLinkButton(props: CopyLinkButtonProps) {
  if (process.env.TARO_ENV !== 'h5') return null;
  return <CopyLinkInH5 {...props} />;
}
