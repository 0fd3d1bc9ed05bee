import { Button } from '@tarojs/components';
import { ariaState } from '../../utils/ariaState';
import { keyboardPressable } from '../../utils/keyboardPressable';
import './index.css';

interface WideButtonProps {
  text: string;
  onClick?: () => void;
  variant?: 'primary' | 'secondary';
  /** WeChat's built-in action for the button (`share`: opens the page's share card). */
  openType?: 'share';
  /** Greyed out and ignores taps (e.g. until the consent box is ticked). */
  disabled?: boolean;
  /** Extra class, e.g. a hook for tests or page layout. */
  className?: string;
}

// H5 renders a custom element, not a <button>: say what it is to screen readers (WeChat's own button already does).
const h5Semantics = (disabled: boolean) => (process.env.TARO_ENV === 'h5' ? { role: 'button', 'aria-disabled': ariaState(disabled) } : {});

/** A large, full-width-friendly button (tap target ≥ 48 px, grows with the font). */
export function WideButton({ text, onClick, variant = 'primary', openType, disabled = false, className }: WideButtonProps) {
  const classes = ['wide-button', `wide-button--${variant}`, disabled ? 'wide-button--disabled' : '', className ?? ''];
  return (
    <Button
      className={classes.filter(Boolean).join(' ')}
      hoverClass="wide-button--pressed"
      openType={openType}
      // Always a boolean: H5 (Preact) sets it as the element's property, and taro-button-core reads
      // a property left empty (`undefined`) as true; false removes its reflected attribute.
      disabled={disabled}
      {...h5Semantics(disabled)}
      // openType buttons act through WeChat, which H5 has not: only our own handler is wired to keys.
      {...keyboardPressable(onClick, !disabled)}
      onClick={() => {
        // A disabled WeChat button still reports taps.
        if (!disabled) onClick?.();
      }}
    >
      {text}
    </Button>
  );
}
