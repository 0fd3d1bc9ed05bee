import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib';
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper';

/**
 * One of Taro's H5 components made from its web component, the way `@tarojs/components` makes
 * each of them, but in a module of its own. Taro's H5 build keeps every component the app uses
 * in one module, which every page's chunk carries: the video player (~45 KB of script) and the
 * canvas went to the landing page too. Imported from here, each reaches only the pages that show it.
 */
export function defineTaroElement<Component>(tagName: string, defineCustomElement: () => void): Component {
  return createReactComponent(tagName, undefined, manipulatePropsFunction, defineCustomElement) as Component;
}
