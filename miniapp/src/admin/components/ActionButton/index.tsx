import { Button } from '@tarojs/components';
import './index.css';

interface ActionButtonProps {
  text: string;
  onClick: () => void;
  variant?: 'primary' | 'secondary' | 'danger';
  /** Compact, for actions inside a row of a list. */
  small?: boolean;
  /** While the request runs: shows a spinner and ignores taps. */
  loading?: boolean;
  disabled?: boolean;
}

/** The admin area's buttons: a primary form action, or a quiet action inside a list row. */
export function ActionButton({ text, onClick, variant = 'primary', small = false, loading = false, disabled = false }: ActionButtonProps) {
  const className = ['action-button', `action-button--${variant}`, small ? 'action-button--small' : ''].filter(Boolean).join(' ');
  return (
    <Button
      className={className}
      hoverClass='action-button--pressed'
      // Only when true: Taro's H5 button keeps `disabled="false"` as an attribute, and styles
      // for [disabled] would then grey out every button.
      loading={loading || undefined}
      disabled={disabled || loading || undefined}
      onClick={() => {
        if (!disabled && !loading) onClick();
      }}
    >
      {text}
    </Button>
  );
}
