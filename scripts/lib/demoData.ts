import { addDays, type Campaign, caseMaterials, type OrgUnit, type Role, rightsMaterials, shanghaiDate } from '@rights-outreach/shared';

/** The demo org tree: one branch line from head office down to a counter, plus a sibling county. */
export const demoOrgUnits: OrgUnit[] = [
  { id: 'hq', name: '总公司', level: 'head_office' },
  { id: 'gd', name: '广东省分公司', level: 'province', parentId: 'hq' },
  { id: 'gd-gz', name: '广州市分公司', level: 'city', parentId: 'gd' },
  { id: 'gd-gz-panyu', name: '番禺支公司', level: 'county', parentId: 'gd-gz' },
  { id: 'gd-gz-huadu', name: '花都支公司', level: 'county', parentId: 'gd-gz' },
  { id: 'gd-gz-panyu-shiqiao', name: '番禺市桥营业部柜面', level: 'counter', parentId: 'gd-gz-panyu' },
];

export const demoCampaignCode = 'demo-315';

/**
 * Two campaigns that are running on the day the demo is seeded, so scanning works at
 * once; real campaigns carry their real dates. Both carry every material: the eight rights,
 * then the case-based risk warnings.
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
      code: 'demo-finance-month',
      type: 'finance_literacy_month',
      name: `${year}年金融知识普及月`,
      slogan: '金融知识进万家 守好百姓钱袋子',
      targetGroups: ['elderly', 'students', 'villagers'],
      startDate: addDays(date, -10),
      endDate: addDays(date, 20),
      materialIds,
    },
  ];
}

/** One demo account per role and place in the tree; their password is generated locally. */
export const demoAccounts: Array<{ employeeNo: string; name: string; role: Role; unitId: string }> = [
  { employeeNo: 'A0001', name: '系统管理员', role: 'admin', unitId: 'hq' },
  { employeeNo: 'M0001', name: '广东消保部', role: 'marketing', unitId: 'gd' },
  { employeeNo: 'S0001', name: '番禺消保专员', role: 'staff', unitId: 'gd-gz-panyu' },
  { employeeNo: 'S0002', name: '花都消保专员', role: 'staff', unitId: 'gd-gz-huadu' },
  { employeeNo: 'S0003', name: '市桥柜面专员', role: 'staff', unitId: 'gd-gz-panyu-shiqiao' },
];
