import Taro from '@tarojs/taro';
import { routeUrl, routes } from '../constants/routes';
import { reportUrl } from './logic/drillDown';
import { historyDelta, routeOf, type OpenPage } from './logic/history';

/** The campaign page for a unit below this one, on top of the current page. */
export function openUnitReport(url: string): void {
  void Taro.navigateTo({ url });
}

/** Opens a campaign's report for the user's own unit from the list. */
export function openCampaignReport(code: string): void {
  void Taro.navigateTo({ url: reportUrl(code) });
}

/**
 * Back up the tree to a unit of the breadcrumb: in WeChat back through the history when that
 * unit's page is open below this one (drilled down from it), otherwise in place of this page.
 * In a browser always in place: Taro's H5 router tells pages apart by path only, and going
 * back over several pages of one path (all drill-down pages are the campaign page) leaves the
 * page it lands on hidden (seen with Taro 4.2.1).
 */
export function backToUnitReport(code: string, unitId: string, ownUnitId: string): void {
  const delta = process.env.TARO_ENV === 'h5' ? null : historyDelta(Taro.getCurrentPages() as OpenPage[], code, unitId, ownUnitId);
  if (delta !== null) void Taro.navigateBack({ delta });
  else void Taro.redirectTo({ url: reportUrl(code, unitId) });
}

/** Back to the campaign list: a plain "back" when it is open below, otherwise in place of this page. */
export function backToCampaignList(): void {
  const pages = Taro.getCurrentPages() as OpenPage[];
  const index = pages.map((page) => routeOf(page)).lastIndexOf(routes.dashboardCampaigns);
  if (index >= 0 && index < pages.length - 1) void Taro.navigateBack({ delta: pages.length - 1 - index });
  else void Taro.redirectTo({ url: `/${routes.dashboardCampaigns}` });
}

/** The staff page where platform figures and media posts are entered (marketing may enter them too). */
export function openRecordEntry(campaignCode: string): void {
  void Taro.navigateTo({ url: routeUrl(routes.staffRecords, { c: campaignCode }) });
}
