import Taro from '@tarojs/taro';
import { useEffect } from 'react';

/** Shows `title` in the navigation bar (document title in H5) once it is known. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    if (!title) return;
    Taro.setNavigationBarTitle({ title }).catch(() => {
      // A missing title is cosmetic; never let it surface as an error.
    });
  }, [title]);
}
