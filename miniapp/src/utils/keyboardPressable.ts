interface KeyEventLike {
  key?: string;
  preventDefault?: () => void;
}

/**
 * H5 renders Taro's components as custom elements, not native buttons: this makes a tappable
 * one reachable with Tab and pressed with Enter or Space, as a <button> would be. Nothing in
 * WeChat, whose own accessibility layer handles taps. Spread it onto the element; `role` for
 * an element that cannot say it otherwise (a Text).
 */
export function keyboardPressable(onPress: (() => void) | undefined, enabled = true, role?: 'link' | 'button'): Record<string, unknown> {
  if (process.env.TARO_ENV !== 'h5' || !onPress) return {};
  return {
    // For a <Text>, which has no ariaRole prop: the role goes straight onto the H5 element.
    ...(role ? { role } : {}),
    tabIndex: enabled ? 0 : -1,
    onKeyDown: (event: KeyEventLike) => {
      if (!enabled || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault?.();
      onPress();
    },
  };
}
