import { routes } from '../../constants/routes';

/** What WeChat (`route`) and Taro's H5 router (`path`, with its query) tell of an open page. */
export interface OpenPage {
  route?: string;
  path?: string;
  /** The page's query, as Taro keeps it in both builds. */
  $taroParams?: Record<string, string | undefined>;
}

/** The route of an open page, without slash or query. */
export const routeOf = (page: OpenPage): string => (page.route ?? page.path ?? '').replace(/^\//, '').split('?')[0] ?? '';

/**
 * How many pages to go back to reach the campaign page of `unitId` already open below the
 * current one (a page opened without `unit` shows the user's own unit); null when none is.
 */
export function historyDelta(pages: readonly OpenPage[], code: string, unitId: string, ownUnitId: string): number | null {
  for (let index = pages.length - 2; index >= 0; index -= 1) {
    const page = pages[index]!;
    const params = page.$taroParams ?? {};
    const shownUnit = params.unit || ownUnitId;
    if (routeOf(page) === routes.dashboardCampaign && params.code === code && shownUnit === unitId) return pages.length - 1 - index;
  }
  return null;
}
