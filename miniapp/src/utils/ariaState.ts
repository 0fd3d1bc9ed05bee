/**
 * An ARIA state (aria-checked, aria-disabled, aria-busy) as the string the attribute holds.
 * Taro's H5 components are custom elements behind a wrapper that writes props onto them: a
 * boolean `false` removes the attribute (a checkbox then says nothing instead of "not
 * checked"), and under Preact (the H5 build) a boolean state kept its first value. A string is
 * written as the attribute every render, alike in React, Preact and WeChat.
 */
export function ariaState(on: boolean): 'true' | 'false' {
  return on ? 'true' : 'false';
}
