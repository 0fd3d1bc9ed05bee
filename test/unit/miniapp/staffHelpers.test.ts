import type { Campaign, EventHistoryEntry } from '@rights-outreach/shared';
import { campaignOptions, chooseCampaign, defaultCampaign } from '../../../miniapp/src/staff/logic/campaignChoice';
import { clearCount, countInProgress, maxHeadcount, step, storeCount } from '../../../miniapp/src/staff/logic/headcountStore';
import { changeLines, entryTitle } from '../../../miniapp/src/staff/logic/historyText';
import { wrapText } from '../../../miniapp/src/poster/posterLayout';
import { readThrough } from '../../../miniapp/src/staff/logic/readThrough';
import { unitOptions } from '../../../miniapp/src/utils/unitOptions';
import { checkedInAt, rememberCheckin } from '../../../miniapp/src/utils/checkinMemory';
import { formatEventTime, toShanghaiIso } from '../../../miniapp/src/utils/formatEventTime';
import { memoryStorage } from './support/memoryStorage';

function campaign(code: string, startDate: string, endDate: string): Campaign {
  return { code, type: 'special', name: `活动${code}`, slogan: '口号口号', targetGroups: [], startDate, endDate, materialIds: [] };
}

describe('campaign chooser', () => {
  it('lists campaigns running today first, marked 进行中', () => {
    const options = campaignOptions(
      [
        campaign('past', '2026-01-01', '2026-01-31'),
        campaign('now', '2026-03-09', '2026-03-20'),
        campaign('later', '2026-09-15', '2026-10-15'),
      ],
      new Date('2026-03-15T02:00:00Z'),
    );
    expect(options.map((o) => [o.value, o.label, o.running])).toEqual([
      ['now', '活动now（进行中）', true],
      ['past', '活动past', false],
      ['later', '活动later', false],
    ]);
  });

  it('keeps the campaign chosen last time while it is still offered', () => {
    const options = [
      { value: 'now', label: 'a', running: true },
      { value: 'old', label: 'b', running: false },
    ];
    expect(chooseCampaign(options, 'old')).toBe('old');
    expect(chooseCampaign(options, 'gone')).toBe('now');
    expect(chooseCampaign([], 'gone')).toBeNull();
  });
});

describe('the default campaign for staff', () => {
  // The 3·15 week started on 9 March, the literacy month (a long one) on 1 March: both run on the 15th.
  const literacyMonth = campaign('literacy', '2026-03-01', '2026-03-31');
  const week315 = campaign('w315', '2026-03-09', '2026-03-20');
  const lastYear = campaign('w315-2025', '2025-03-09', '2025-03-20');
  const onThe15th = new Date('2026-03-15T02:00:00Z');

  it('is the running campaign that started most recently, whatever order the API lists them in', () => {
    expect(defaultCampaign([literacyMonth, week315, lastYear], null, onThe15th)).toBe('w315');
    expect(defaultCampaign([lastYear, week315, literacyMonth], null, onThe15th)).toBe('w315');
    expect(campaignOptions([literacyMonth, lastYear, week315], onThe15th).map((o) => o.value)).toEqual(['w315', 'literacy', 'w315-2025']);
  });

  it('is the campaign the user used last, even one that is not running, while it is still offered', () => {
    expect(defaultCampaign([literacyMonth, week315, lastYear], 'literacy', onThe15th)).toBe('literacy');
    expect(defaultCampaign([literacyMonth, week315, lastYear], 'w315-2025', onThe15th)).toBe('w315-2025');
    expect(defaultCampaign([literacyMonth, week315], 'deleted', onThe15th)).toBe('w315');
  });

  it('falls back to the first listed when nothing runs, and to none when nothing is offered', () => {
    expect(defaultCampaign([lastYear, literacyMonth], null, new Date('2027-01-10T02:00:00Z'))).toBe('w315-2025');
    expect(defaultCampaign([], 'w315', onThe15th)).toBeNull();
  });
});

describe('headcount clicker storage', () => {
  it('keeps a count in progress across restarts until it is saved', () => {
    const storage = memoryStorage();
    storeCount(storage, 'event-1', 41, '2026-03-15T10:00:00+08:00');
    expect(countInProgress(storage, 'event-1')).toBe(41);
    clearCount(storage, 'event-1');
    expect(countInProgress(storage, 'event-1')).toBeNull();
  });

  it('never counts below zero or above the schema limit', () => {
    expect(step(0, -1)).toBe(0);
    expect(step(maxHeadcount, 1)).toBe(maxHeadcount);
    expect(step(7, 1)).toBe(8);
  });
});

describe('edit history in Chinese', () => {
  it('names fields and values as staff read them', () => {
    const entry: EventHistoryEntry = {
      version: 2,
      action: 'updated',
      by: 'S1001',
      at: '2026-03-15T02:00:00.000Z',
      changes: [
        { field: 'headcount', from: 40, to: 85 },
        { field: 'type', from: 'community', to: 'village' },
        { field: 'unitId', from: 'panyu', to: 'huadu' },
        { field: 'unitName', from: '番禺支公司', to: '花都支公司' },
        { field: 'coverage', from: { min: 100, max: 200 }, to: { min: 150, max: 300 } },
        { field: 'targetGroups', from: ['elderly'], to: ['elderly', 'students'] },
        { field: 'notes', from: null, to: '补充说明' },
      ],
    };
    expect(entryTitle(entry)).toBe('工号 S1001 修改了活动');
    expect(entryTitle({ ...entry, byName: '番禺消保专员' })).toBe('番禺消保专员（工号 S1001） 修改了活动');
    expect(changeLines(entry.changes)).toEqual([
      { label: '现场参与人数', from: '40', to: '85' },
      { label: '活动类型', from: '进社区', to: '进农村' },
      { label: '所属机构', from: '番禺支公司', to: '花都支公司' },
      { label: '覆盖人群', from: '100–200 人次', to: '150–300 人次' },
      { label: '重点人群', from: '老年人', to: '老年人、学生' },
      { label: '备注', from: '（空）', to: '补充说明' },
    ]);
  });
});

describe('poster text', () => {
  const measure = (text: string) => Array.from(text).length * 10;

  it('wraps Chinese text by characters and ends a cut last line with an ellipsis', () => {
    expect(wrapText(measure, '一二三四五六七', 30, 3)).toEqual(['一二三', '四五六', '七']);
    expect(wrapText(measure, '一二三四五六七', 30, 2)).toEqual(['一二三', '四五…']);
  });
});

describe('offline copies of lists', () => {
  it("answers with the account's last copy when loading fails, marked stale", async () => {
    const storage = memoryStorage();
    await readThrough(storage, 'k', 'S1001', async () => ['番禺支公司']);

    const offline = await readThrough(storage, 'k', 'S1001', () => Promise.reject(Object.assign(new Error('offline'), { status: 0 })));
    expect(offline).toMatchObject({ data: ['番禺支公司'], stale: true });

    await expect(readThrough(storage, 'k', 'S2002', () => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
  });
});

describe('small helpers', () => {
  it('indents org units under their parents and always offers the own unit', () => {
    expect(
      unitOptions(
        [
          { id: 'gz', name: '广州市分公司', level: 'city', parentId: 'gd' },
          { id: 'panyu', name: '番禺支公司', level: 'county', parentId: 'gz' },
        ],
        { ownUnitId: 'panyu' },
      ).map((o) => o.label),
    ).toEqual(['广州市分公司', '　番禺支公司']);
    expect(unitOptions([], { ownUnitId: 'panyu' })).toEqual([{ value: 'panyu', label: '本机构' }]);
  });

  it('shows event times in Beijing time whatever the phone says, and builds +08:00 times', () => {
    expect(formatEventTime('2026-03-15T01:30:00.000Z')).toBe('2026年3月15日 09:30');
    expect(toShanghaiIso('2026-03-15', '09:30')).toBe('2026-03-15T09:30:00+08:00');
    expect(toShanghaiIso('2026-03-15', '')).toBe('');
  });

  it('remembers that this device checked in to an event', () => {
    const storage = memoryStorage();
    expect(checkedInAt(storage, 'e1')).toBeNull();
    rememberCheckin(storage, 'e1', '2026-03-15T10:00:00+08:00');
    expect(checkedInAt(storage, 'e1')).toBe('2026-03-15T10:00:00+08:00');
  });
});
