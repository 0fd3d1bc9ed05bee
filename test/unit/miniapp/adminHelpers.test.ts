import { CreateCampaignRequestSchema, CreateOrgUnitRequestSchema, type OrgUnit } from '@rights-outreach/shared';
import { campaignPhase, sortCampaigns } from '../../../miniapp/src/utils/campaignPhase';
import { flattenOrgTree } from '../../../miniapp/src/utils/orgTree';
import { unitOptions } from '../../../miniapp/src/utils/unitOptions';
import { errorUnder, fieldErrors } from '../../../miniapp/src/utils/fieldErrors';

const unit = (id: string, level: OrgUnit['level'], parentId?: string): OrgUnit => ({
  id,
  name: `${id}-name`,
  level,
  ...(parentId ? { parentId } : {}),
});

describe('org tree', () => {
  it('lists children right under their parent, indented one step deeper', () => {
    const units = [unit('ho', 'head_office'), unit('gd', 'province', 'ho'), unit('bj', 'province', 'ho'), unit('gz', 'city', 'gd')];
    expect(flattenOrgTree(units).map((row) => `${row.depth}:${row.unit.id}`)).toEqual(['0:ho', '1:gd', '2:gz', '1:bj']);
  });

  it('treats the top of a partial subtree as a root and survives a cycle', () => {
    const units = [unit('gz', 'city', 'gd'), unit('px', 'county', 'gz'), unit('a', 'county', 'b'), unit('b', 'county', 'a')];
    const rows = flattenOrgTree(units);
    expect(rows.slice(0, 2).map((row) => `${row.depth}:${row.unit.id}`)).toEqual(['0:gz', '1:px']);
    expect(rows.filter((row) => row.unit.id === 'a' || row.unit.id === 'b')).toHaveLength(0);
  });

  it('offers units as select options indented by depth, with their level', () => {
    const options = unitOptions([unit('ho', 'head_office'), unit('gd', 'province', 'ho')], { withLevel: true });
    expect(options).toEqual([
      { value: 'ho', label: 'ho-name（总公司）' },
      { value: 'gd', label: '　gd-name（省分公司）' },
    ]);
  });
});

describe('campaign phases', () => {
  const c = (startDate: string, endDate: string) => ({ startDate, endDate });

  it('counts both the first and the last day as running', () => {
    expect(campaignPhase(c('2027-03-09', '2027-03-15'), '2027-03-09')).toBe('running');
    expect(campaignPhase(c('2027-03-09', '2027-03-15'), '2027-03-15')).toBe('running');
    expect(campaignPhase(c('2027-03-09', '2027-03-15'), '2027-03-08')).toBe('upcoming');
    expect(campaignPhase(c('2027-03-09', '2027-03-15'), '2027-03-16')).toBe('ended');
  });

  it('lists running first, then the soonest upcoming, then the latest ended', () => {
    const list = [
      c('2027-01-01', '2027-01-02'),
      c('2027-09-01', '2027-09-30'),
      c('2027-03-01', '2027-03-31'),
      c('2027-05-01', '2027-05-02'),
      c('2027-02-01', '2027-02-02'),
    ];
    expect(sortCampaigns(list, '2027-03-15').map((x) => x.startDate)).toEqual([
      '2027-03-01',
      '2027-05-01',
      '2027-09-01',
      '2027-02-01',
      '2027-01-01',
    ]);
  });
});

describe('field errors from a shared schema', () => {
  it('keys each message by its field, keeping Chinese schema messages', () => {
    const result = CreateCampaignRequestSchema.safeParse({
      code: 'x',
      type: 'special',
      name: '宣',
      slogan: '心系消费者',
      startDate: '2027-03-09',
      endDate: '2027-03-15',
      targetGroups: ['elderly', 'nobody'],
      materialIds: [],
    });
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!, { code: '活动编号格式不对', targetGroups: '请重新选择重点人群' });
    expect(errors.name).toBe('名称至少 2 个字');
    expect(errors.code).toBe('活动编号格式不对');
    expect(errors['targetGroups.1']).toBe('请重新选择重点人群');
    expect(errorUnder(errors, 'targetGroups')).toBe('请重新选择重点人群');
    expect(errorUnder(errors, 'slogan')).toBeUndefined();
  });

  it('puts a cross-field rule on the field it names, and never shows English', () => {
    const result = CreateOrgUnitRequestSchema.safeParse({ id: 'gd-gz', name: '广州市分公司', level: 'city' });
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!);
    expect(Object.keys(errors)).toEqual(['parentId']);
    expect(errors.parentId).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reports the dates out of order next to the end date', () => {
    const result = CreateCampaignRequestSchema.safeParse({
      code: 'week-2027',
      type: 'special',
      name: '专项宣传',
      slogan: '守好钱袋子',
      startDate: '2027-03-15',
      endDate: '2027-03-09',
      materialIds: [],
    });
    expect(fieldErrors(result.error!)).toEqual({ endDate: '结束日期不能早于开始日期' });
  });
});
