import { Text, View } from '@tarojs/components';
import { WideButton } from '../WideButton';
import './index.css';

interface StatusPanelProps {
  tone: 'loading' | 'error' | 'info';
  title: string;
  message?: string;
  /** Label of the one action offered (e.g. 重新加载); shown only with `onAction`. */
  actionText?: string;
  onAction?: () => void;
}

const icons: Record<StatusPanelProps['tone'], string> = { loading: '…', error: '!', info: 'i' };

/** A calm card for the moments without content: loading, an error with a way out, or a hint. */
export function StatusPanel({ tone, title, message, actionText, onAction }: StatusPanelProps) {
  return (
    <View className={`status-panel status-panel--${tone}`}>
      <View className="status-panel__icon">
        <Text>{icons[tone]}</Text>
      </View>
      <Text className="status-panel__title">{title}</Text>
      {message ? <Text className="status-panel__message">{message}</Text> : null}
      {actionText && onAction ? (
        <View className="status-panel__action">
          <WideButton text={actionText} onClick={onAction} />
        </View>
      ) : null}
    </View>
  );
}
