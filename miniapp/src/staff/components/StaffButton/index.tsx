import { Button } from '@tarojs/components';
import './index.css';

interface StaffButtonProps {
  text: string;
  onClick: () => void;
  variant?: 'primary' | 'secondary' | 'danger' | 'quiet';
  size?: 'normal' | 'large' | 'small';
  /** Full width of its container. */
  block?: boolean;
  disabled?: boolean;
  loading?: boolean;
  /** Extra class, e.g. a hook for tests or page layout. */
  className?: string;
}

/** The staff pages' button: large tap targets (≥ 48 px), calm colours, a red variant for deleting. */
export function StaffButton({ text, onClick, variant = 'primary', size = 'normal', block = false, disabled = false, loading = false, className = '' }: StaffButtonProps) {
  return (
    <Button
      className={`staff-button staff-button--${variant} staff-button--${size}${block ? ' staff-button--block' : ''}${disabled || loading ? ' staff-button--disabled' : ''} ${className}`}
      hoverClass='staff-button--pressed'
      // Only when true: Taro's H5 button would otherwise carry disabled="false" and its grey-text styles.
      {...(disabled || loading ? { disabled: true } : {})}
      {...(loading ? { loading: true } : {})}
      onClick={onClick}
    >
      {text}
    </Button>
  );
}
