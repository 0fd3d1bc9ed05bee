import { addDays, type Campaign, caseMaterials, type OrgUnit, type Role, rightsMaterials, shanghaiDate } from '@rights-outreach/shared';

/**
 * The demo org tree: head office, two provinces, their cities, counties, and at the lowest
 * level counters (营业柜面) and sales workplaces (营销职场) (parents first).
 */
export const demoOrgUnits: OrgUnit[] = [
  { id: 'hq', name: '总公司', level: 'head_office' },
  { id: 'gd', name: '广东省分公司', level: 'province', parentId: 'hq' },
  { id: 'gd-gz', name: '广州市分公司', level: 'city', parentId: 'gd' },
  { id: 'gd-gz-panyu', name: '番禺支公司', level: 'county', parentId: 'gd-gz' },
  { id: 'gd-gz-huadu', name: '花都支公司', level: 'county', parentId: 'gd-gz' },
  { id: 'gd-gz-panyu-shiqiao', name: '番禺市桥营业部柜面', level: 'counter', parentId: 'gd-gz-panyu', kind: 'counter' },
  { id: 'gd-gz-panyu-wp1', name: '番禺第一营销职场', level: 'counter', parentId: 'gd-gz-panyu', kind: 'sales_workplace' },
  { id: 'gd-gz-panyu-wp2', name: '番禺第二营销职场', level: 'counter', parentId: 'gd-gz-panyu', kind: 'sales_workplace' },
  { id: 'gd-sz', name: '深圳市分公司', level: 'city', parentId: 'gd' },
  { id: 'gd-sz-nanshan', name: '南山支公司', level: 'county', parentId: 'gd-sz' },
  { id: 'zj', name: '浙江省分公司', level: 'province', parentId: 'hq' },
  { id: 'zj-hz', name: '杭州市分公司', level: 'city', parentId: 'zj' },
  { id: 'zj-hz-xihu', name: '西湖支公司', level: 'county', parentId: 'zj-hz' },
  { id: 'zj-hz-xihu-counter', name: '西湖营业部柜面', level: 'counter', parentId: 'zj-hz-xihu', kind: 'counter' },
  { id: 'zj-hz-xihu-wp1', name: '西湖文三路营销职场', level: 'counter', parentId: 'zj-hz-xihu', kind: 'sales_workplace' },
  { id: 'zj-hz-xihu-wp2', name: '西湖黄龙营销职场', level: 'counter', parentId: 'zj-hz-xihu', kind: 'sales_workplace' },
  { id: 'zj-hz-xihu-wp3', name: '西湖转塘营销职场', level: 'counter', parentId: 'zj-hz-xihu', kind: 'sales_workplace' },
];

export const demoCampaignCode = 'demo-315';
export const demoLastYearCampaignCode = 'demo-315-last-year';
export const demoLiteracyMonthCode = 'demo-finance-month';

/**
 * Two campaigns that are running on the day the demo is seeded, so scanning works at
 * once, and last year's 3·15 week for the year-on-year figures; real campaigns carry their
 * real dates. All carry every material: the eight rights, then the case-based risk warnings.
 */
export function demoCampaigns(today: Date): Campaign[] {
  const date = shanghaiDate(today);
  const year = date.slice(0, 4);
  const materialIds = [...rightsMaterials, ...caseMaterials].map((m) => m.id);
  return [
    {
      code: demoCampaignCode,
      type: 'rights_week_315',
      name: `${year}年“3·15”消费者权益保护教育宣传周`,
      slogan: '心系消费者 金融为人民',
      targetGroups: ['elderly', 'youth', 'new_citizens'],
      startDate: addDays(date, -3),
      endDate: addDays(date, 11),
      materialIds,
    },
    {
      code: demoLiteracyMonthCode,
      type: 'finance_literacy_month',
      name: `${year}年金融知识普及月`,
      slogan: '金融知识进万家 守好百姓钱袋子',
      targetGroups: ['elderly', 'students', 'villagers'],
      startDate: addDays(date, -10),
      endDate: addDays(date, 20),
      materialIds,
    },
    {
      code: demoLastYearCampaignCode,
      type: 'rights_week_315',
      name: `${Number(year) - 1}年“3·15”消费者权益保护教育宣传周`,
      slogan: '守住钱袋子 护好幸福家',
      targetGroups: ['elderly', 'youth'],
      startDate: addDays(date, -3 - 365),
      endDate: addDays(date, 11 - 365),
      materialIds,
    },
  ];
}

/** One demo account per role and place in the tree; their password is generated locally. */
export const demoAccounts: Array<{ employeeNo: string; name: string; role: Role; unitId: string }> = [
  { employeeNo: 'A0001', name: '系统管理员', role: 'admin', unitId: 'hq' },
  { employeeNo: 'M0001', name: '广东消保部', role: 'marketing', unitId: 'gd' },
  { employeeNo: 'M0002', name: '总公司消保部', role: 'marketing', unitId: 'hq' },
  { employeeNo: 'S0001', name: '番禺消保专员', role: 'staff', unitId: 'gd-gz-panyu' },
  { employeeNo: 'S0002', name: '花都消保专员', role: 'staff', unitId: 'gd-gz-huadu' },
  { employeeNo: 'S0003', name: '市桥柜面专员', role: 'staff', unitId: 'gd-gz-panyu-shiqiao' },
  { employeeNo: 'S0004', name: '南山消保专员', role: 'staff', unitId: 'gd-sz-nanshan' },
  { employeeNo: 'S0005', name: '西湖消保专员', role: 'staff', unitId: 'zj-hz-xihu' },
];
