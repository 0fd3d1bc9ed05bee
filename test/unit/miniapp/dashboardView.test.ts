import { breadcrumb, drillDownUrl, reportUrl } from '../../../miniapp/src/dashboard/logic/drillDown';
import { dailySeries, eventTypeBars, metricBars, targetGroupBars, unitBars } from '../../../miniapp/src/dashboard/logic/chartData';
import { exportFileName } from '@rights-outreach/shared';
import { exportFormatsFor } from '../../../miniapp/src/dashboard/logic/exportFile';
import {
  changeTone,
  formatChange,
  formatCoverage,
  formatExact,
  formatRating,
  formatShare,
} from '../../../miniapp/src/dashboard/logic/figures';
import { flagReasons } from '../../../miniapp/src/dashboard/logic/flags';
import { countyReport, offlineOnlyReport, provinceReport, reportCampaignCode } from '../../support/reportFixtures';

describe('year-on-year change', () => {
  it('writes a rise with a plus sign and a fall with a minus, one decimal', () => {
    expect(formatChange(12.5)).toBe('+12.5%');
    expect(formatChange(-3.25)).toBe('-3.3%');
    expect(formatChange(100)).toBe('+100.0%');
  });

  it('writes no change without a sign, and a dash when last year had nothing to compare', () => {
    expect(formatChange(0)).toBe('0.0%');
    expect(formatChange(-0.01)).toBe('0.0%');
    expect(formatChange(null)).toBe('—');
    expect([changeTone(4), changeTone(-4), changeTone(0), changeTone(null)]).toEqual(['up', 'down', 'flat', 'flat']);
  });
});

describe('figures', () => {
  it('groups exact counts by thousands and shows a coverage range in 万 once it reaches 万', () => {
    expect(formatExact(15_080)).toBe('15,080');
    expect(formatExact(540)).toBe('540');
    expect(formatCoverage({ min: 600, max: 25_000 })).toBe('0.06万–2.5万');
    expect(formatCoverage({ min: 1_500, max: 2_000 })).toBe('1500–2000');
  });

  it('gives a share in percent, a rating out of 5, and says so when there is none', () => {
    expect(formatShare(2_310, 15_080)).toBe('15.3%');
    expect(formatShare(5, 0)).toBe('—');
    expect(formatRating(4.6)).toBe('4.60 分');
    expect(formatRating(null)).toBe('暂无评价');
  });
});

describe('drilling down the org tree', () => {
  it('opens the same campaign page for a unit that has units below it, and nothing for a leaf', () => {
    const [city, shenzhen] = provinceReport.breakdowns.units;
    expect(drillDownUrl(reportCampaignCode, city!)).toBe(`/dashboard/pages/campaign/index?code=${reportCampaignCode}&unit=gd-gz`);
    expect(drillDownUrl(reportCampaignCode, shenzhen!)).toBeNull();
  });

  it('leads back up the trail to the user’s own unit, the unit on screen not a link', () => {
    const crumbs = breadcrumb(reportCampaignCode, countyReport.scope);
    expect(crumbs.map((crumb) => crumb.name)).toEqual(['广东省分公司', '广州市分公司', '番禺支公司']);
    expect(crumbs.map((crumb) => crumb.url)).toEqual([reportUrl(reportCampaignCode, 'gd'), reportUrl(reportCampaignCode, 'gd-gz'), null]);
  });

  it('never offers a unit above the first of the trail, and adds the scope if the trail stops short', () => {
    const scope = { ...countyReport.scope, trail: countyReport.scope.trail.slice(1, 2) };
    expect(breadcrumb(reportCampaignCode, scope).map((crumb) => crumb.unitId)).toEqual(['gd-gz', 'gd-gz-panyu']);
  });

  it('encodes codes and unit ids in the page URL and leaves the unit out for the user’s own', () => {
    expect(reportUrl('a b', 'x&y')).toBe('/dashboard/pages/campaign/index?code=a%20b&unit=x%26y');
    expect(reportUrl('demo-315')).toBe('/dashboard/pages/campaign/index?code=demo-315');
  });
});

describe('chart data', () => {
  it('lists every event type under its group in report order, zeros kept', () => {
    const bars = eventTypeBars(provinceReport.offline);
    expect(bars).toHaveLength(16);
    expect(bars[0]).toEqual({ label: '进社区', value: 1, group: '五进入' });
    expect(bars.find((bar) => bar.label === '养老院')).toEqual({ label: '养老院', value: 0, group: '自主特色宣传' });
    expect(bars.find((bar) => bar.label === '职场培训')).toEqual({ label: '职场培训', value: 0, group: '内部培训' });
    expect(bars.find((bar) => bar.label === '直播')).toEqual({ label: '直播', value: 1, group: '线上活动' });
    expect(bars.at(-1)).toEqual({ label: '消保星期二线上活动', value: 0, group: '线上活动' });
  });

  it('puts the largest rows of a breakdown first and caps the bars, not the table', () => {
    const channels = provinceReport.breakdowns.channels!;
    expect(metricBars(channels, 'views').map((bar) => bar.label)).toEqual(['柜面', '朋友圈', '海报']);
    expect(metricBars(channels, 'views', 1)).toEqual([{ label: '柜面', value: 52_300 }]);
    expect(unitBars(provinceReport.breakdowns.units, (row) => row.offline.events)).toEqual([
      { label: '广州市分公司', value: 9 },
      { label: '深圳市分公司', value: 3 },
    ]);
    expect(targetGroupBars(offlineOnlyReport.breakdowns.targetGroups)).toEqual([
      { label: '老年人', value: 5 },
      { label: '学生', value: 2 },
    ]);
  });

  it('draws views and reach per day where kept, else the events per day, every day in order', () => {
    const detailed = dailySeries(provinceReport.breakdowns.days);
    expect(detailed.slice(0, 2)).toEqual([
      { x: '03-09', series: '浏览量', value: 9_800 },
      { x: '03-09', series: '触达人数', value: 3_267 },
    ]);
    expect(detailed).toHaveLength(14);
    const offlineOnly = dailySeries(offlineOnlyReport.breakdowns.days);
    expect(offlineOnly.map((point) => point.x)).toEqual(['03-09', '03-10', '03-11', '03-12', '03-13', '03-14', '03-15']);
    expect(new Set(offlineOnly.map((point) => point.series))).toEqual(new Set(['活动场次']));
  });

  it('stops the daily line at today: days still to come are not drawn as zeros', () => {
    const days = provinceReport.breakdowns.days;
    const today = days[2]!.key;
    const points = dailySeries(days, today);
    expect(new Set(points.map((point) => point.x))).toEqual(new Set(days.slice(0, 3).map((day) => day.key.slice(5))));
    expect(dailySeries(days, '2000-01-01')).toEqual([]);
  });
});

describe('export', () => {
  it('names the file after the campaign, the unit and the Beijing date the figures were read', () => {
    expect(exportFileName(provinceReport, 'xlsx')).toBe('2026年“3·15”消费者权益保护教育宣传周_广东省分公司_数据报表_20260316.xlsx');
    // 23:30 UTC is already the next day in Beijing.
    expect(exportFileName({ ...countyReport, generatedAt: '2026-03-15T23:30:00Z' }, 'csv')).toBe(
      '2026年“3·15”消费者权益保护教育宣传周_番禺支公司_数据报表_20260316.csv',
    );
  });

  it('keeps characters a file system refuses out of the name', () => {
    const report = { ...provinceReport, campaign: { ...provinceReport.campaign, name: '反诈/防骗: "专项"?' } };
    expect(exportFileName(report, 'xlsx')).toBe('反诈-防骗- -专项-_广东省分公司_数据报表_20260316.xlsx');
  });

  it('offers csv only in a browser: WeChat cannot open it', () => {
    expect(exportFormatsFor('h5')).toEqual(['xlsx', 'csv']);
    expect(exportFormatsFor('weapp')).toEqual(['xlsx']);
  });
});

describe('flags', () => {
  it('says why each flagged event is worth a question, with its figures and the factor', () => {
    const [unverified, silent] = provinceReport.flagged;
    expect(flagReasons(unverified!, 3)).toEqual(['现场人数远超签到人数：填报 800 人，扫码签到 40 人（超过 3 倍）']);
    expect(flagReasons(silent!, 3)).toEqual(['活动二维码无任何扫码：填报 35 人，活动二维码无浏览、无签到']);
  });
});
