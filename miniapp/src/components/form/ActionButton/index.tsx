import { Button } from '@tarojs/components';
import { ariaState } from '../../../utils/ariaState';
import { keyboardPressable } from '../../../utils/keyboardPressable';
import { useDensity } from '../density';
import './index.css';

interface ActionButtonProps {
  text: string;
  onClick: () => void;
  /** danger: red, for deleting; quiet: no border, a secondary step. */
  variant?: 'primary' | 'secondary' | 'danger' | 'quiet';
  /** small: compact, e.g. an action inside a list row. */
  size?: 'normal' | 'large' | 'small';
  /** Full width of its container. */
  block?: boolean;
  /** While the request runs: shows a spinner and ignores taps. */
  loading?: boolean;
  disabled?: boolean;
  /** Extra class, e.g. a hook for tests or page layout. */
  className?: string;
}

const isH5 = process.env.TARO_ENV === 'h5';

/** The staff and admin pages' button: a form's main action, a red one for deleting, a quiet one in a row. */
export function ActionButton({
  text,
  onClick,
  variant = 'primary',
  size = 'normal',
  block = false,
  loading = false,
  disabled = false,
  className,
}: ActionButtonProps) {
  const inactive = disabled || loading;
  const classes = [
    'action-button',
    `action-button--${useDensity()}`,
    `action-button--${variant}`,
    `action-button--${size}`,
    block ? 'action-button--block' : '',
    inactive ? 'action-button--disabled' : '',
    loading && isH5 ? 'action-button--loading' : '',
    className ?? '',
  ];
  return (
    <Button
      className={classes.filter(Boolean).join(' ')}
      hoverClass="action-button--pressed"
      // WeChat's own spinner. Not in H5: Taro's button there inserts its spinner element among the
      // children React owns, and React's next text change made it throw insertBefore's
      // NotFoundError (after 立即同步); H5 draws a CSS spinner (action-button--loading) instead.
      loading={isH5 ? undefined : loading || undefined}
      // Always a boolean: H5 (Preact) sets it as the element's property, and taro-button-core reads
      // a property left empty (`undefined`) as true; false removes its reflected attribute.
      disabled={inactive}
      // H5's taro-button-core is no native button: a role, Tab and Enter/Space as one would have.
      {...(isH5 ? { role: 'button', 'aria-disabled': ariaState(inactive), 'aria-busy': ariaState(loading) } : {})}
      {...keyboardPressable(onClick, !inactive)}
      onClick={() => {
        // A disabled WeChat button still reports taps.
        if (!inactive) onClick();
      }}
    >
      {text}
    </Button>
  );
}
