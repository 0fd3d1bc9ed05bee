import { Text, View } from '@tarojs/components';
import { ActionButton } from '../../../components/form/ActionButton';
import './index.css';

interface OutboxBannerProps {
  /** Records of this account not yet on the server. */
  waiting: number;
  /** Of those, refused by the server. */
  failed: number;
  syncing: boolean;
  signInRequired: boolean;
  onSync: () => void;
  onSignIn: () => void;
}

/** 待同步 N 条 with 立即同步; says so plainly when signing in again is what is needed. */
export function OutboxBanner({ waiting, failed, syncing, signInRequired, onSync, onSignIn }: OutboxBannerProps) {
  if (waiting === 0) return null;
  const pending = waiting - failed;
  return (
    <View className={`outbox-banner${failed > 0 ? ' outbox-banner--failed' : ''}`}>
      <View className="outbox-banner__text">
        <Text className="outbox-banner__title">待同步 {waiting} 条</Text>
        <Text className="outbox-banner__hint">
          {signInRequired
            ? '登录已失效，重新登录后自动同步，记录不会丢失'
            : failed > 0
              ? `其中 ${failed} 条同步失败，请打开查看原因`
              : syncing
                ? '正在同步…'
                : pending > 0
                  ? '已保存在本机，联网后自动同步'
                  : ''}
        </Text>
      </View>
      {signInRequired ? (
        <ActionButton text="重新登录" size="small" onClick={onSignIn} />
      ) : (
        <ActionButton
          text={syncing ? '同步中' : '立即同步'}
          size="small"
          loading={syncing}
          onClick={onSync}
          className="outbox-banner__sync"
        />
      )}
    </View>
  );
}
