interface KeyEventLike {
  key?: string;
  preventDefault?: () => void;
}

/**
 * H5 renders Taro's components as custom elements, not native buttons: this makes a tappable
 * one reachable with Tab and pressed with Enter or Space, as a <button> would be. Nothing in
 * WeChat, whose own accessibility layer handles taps. Spread it onto the element.
 */
export function keyboardPressable(onPress: (() => void) | undefined, enabled = true): Record<string, unknown> {
  if (process.env.TARO_ENV !== 'h5' || !onPress) return {};
  return {
    tabIndex: enabled ? 0 : -1,
    onKeyDown: (event: KeyEventLike) => {
      if (!enabled || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault?.();
      onPress();
    },
  };
}
