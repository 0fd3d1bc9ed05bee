import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { addDays, type CampaignReport, shanghaiDate } from '@rights-outreach/shared';
import { handler as createEvent } from '../../functions/src/handlers/createEvent';
import { handler as exportCampaignReport } from '../../functions/src/handlers/exportCampaignReport';
import { handler as getCampaignReport } from '../../functions/src/handlers/getCampaignReport';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { putOrgUnitIfAbsent } from '../../functions/src/repository/orgRepository';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount, type TestUnit } from '../support/accounts';
import { aBatch, aBeacon, anEventRequest, anOnlineEventRequest, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';
import { aggregated } from '../support/aggregation';

/**
 * A campaign with offline and online events, counters (one stored before kinds existed) and
 * sales workplaces, a training that covered two of three: the report's online activities,
 * workplaces and customers served, the same in the paragraph and the export.
 */
jest.setTimeout(60_000);

let tree: OrgTree;
let marketing: TestAccount;
let campaignCode: string;
let secondCounter: TestUnit;
let workplaces: TestUnit[];
const yesterday = `${addDays(shanghaiDate(new Date()), -1)}T09:30:00+08:00`;

async function givenUnit(name: string, parent: TestUnit, kind: 'counter' | 'sales_workplace'): Promise<TestUnit> {
  const id = `${parent.id}-${randomUUID().slice(0, 6)}`;
  const path = `${parent.path}${id}/`;
  await putOrgUnitIfAbsent({ id, name, level: 'counter', parentId: parent.id, kind, path });
  return { id, name, path };
}

beforeAll(async () => {
  tree = await givenOrgTree();
  const admin = await givenAccount({ role: 'admin', unitId: tree.headOffice.id });
  marketing = await givenAccount({ role: 'marketing', unitId: tree.province.id });
  campaignCode = (await givenCampaign({ type: 'special', name: '线上线下专项宣传' })).campaign.code;
  secondCounter = await givenUnit('测试甲县第二柜面', tree.countyA, 'counter');
  workplaces = await Promise.all(
    [1, 2, 3].map((n) => givenUnit(`测试营销职场${n}`, n === 3 ? tree.countyB : tree.countyA, 'sales_workplace')),
  );

  const requests = [
    // At the counter stored before kinds (counter A): two display areas; at the second counter none.
    anEventRequest(campaignCode, tree.counterA.id, { type: 'counter', startAt: yesterday, headcount: 30, displayAreas: 2 }),
    anEventRequest(campaignCode, secondCounter.id, { type: 'counter', startAt: yesterday, headcount: 20, displayAreas: 0 }),
    anEventRequest(campaignCode, tree.countyA.id, { startAt: yesterday, headcount: 100, displayAreas: 1 }),
    anEventRequest(campaignCode, tree.countyA.id, {
      type: 'workplace_training',
      startAt: yesterday,
      headcount: 0,
      displayAreas: 0,
      workplaceIds: [workplaces[0]!.id, workplaces[1]!.id],
    }),
    anOnlineEventRequest(campaignCode, tree.countyA.id, { startAt: yesterday, viewersReported: 5_200 }),
    anOnlineEventRequest(campaignCode, tree.countyB.id, {
      type: 'online_quiz',
      platform: 'official_account',
      startAt: yesterday,
      viewersReported: 800,
    }),
  ];
  for (const request of requests) {
    const created = await invoke(createEvent, { method: 'POST', body: request, headers: bearer(admin) });
    expect(created.status).toBe(201);
  }
  // Four people read online in county A.
  for (let i = 0; i < 4; i++) {
    const batch = aBatch(campaignCode, [aBeacon()], { source: `poster.${tree.countyA.id}` });
    expect((await invoke(recordBeacons, { method: 'POST', body: batch })).status).toBe(200);
  }
  await aggregated();
});

async function report(unit?: string): Promise<CampaignReport> {
  const response = await invoke(getCampaignReport, {
    pathParameters: { code: campaignCode },
    ...(unit ? { query: { unit } } : {}),
    headers: bearer(marketing),
  });
  if (response.status !== 200) throw new Error(`report answered ${response.status}: ${response.rawBody}`);
  return response.body as CampaignReport;
}

describe('online activities, counters and workplaces, customers served in the report', () => {
  it('counts online events apart, with the platforms’ viewers, and never as attendance', async () => {
    const province = await report();

    expect(province.offline).toMatchObject({ events: 6, attendanceReported: 150, displayAreas: 3 });
    expect(province.offline.eventsByGroup).toMatchObject({ five_entries: 1, self_organised: 2, internal: 1, online: 2 });
    expect(province.onlineActivities).toMatchObject({
      events: 2,
      eventsByType: { live_stream: 1, online_quiz: 1 },
      viewersReported: 6_000,
      byPlatform: { wechat_channels: { events: 1, viewersReported: 5_200 }, official_account: { events: 1, viewersReported: 800 } },
    });
    const live = province.breakdowns.events.find((row) => row.type === 'live_stream')!;
    expect(live).toMatchObject({ placeName: '线上 · 视频号', viewersReported: 5_200, attendanceReported: 0, flags: [] });
  });

  it('counts the counters in scope and the display areas at them, and the sales workplaces trained of all', async () => {
    const province = await report();
    const countyB = await report(tree.countyB.id);

    expect(province.workplaces).toEqual({
      counters: 2,
      countersWithDisplayAreas: 1,
      counterDisplayAreas: 2,
      salesWorkplaces: 3,
      trainedWorkplaces: 2,
      workplaceTrainings: 1,
    });
    expect(countyB.workplaces).toMatchObject({ counters: 0, salesWorkplaces: 1, trainedWorkplaces: 0, workplaceTrainings: 0 });
  });

  it('makes customers served of people reached online, reported headcounts and reported viewers, and says so first', async () => {
    const province = await report();

    expect(province.customersServed).toEqual({ total: 4 + 150 + 6_000, visitors: 4, attendanceReported: 150, viewersReported: 6_000 });
    expect(province.paragraph).toContain('期间，通过线上线下方式服务客户量6154人；开展线上、线下教育宣传活动6场（线下4场、线上2场），');
    expect(province.paragraph).toContain('线上活动2场（直播1场、线上答题/H5活动1场），平台报告观看6000人；');
    expect(province.paragraph).toContain('所辖2个营业柜面设置宣传展区2个，共设置宣传展区3个');
    expect(province.paragraph).toContain('所辖3个营销职场中2个进行消费者保护知识培训1场');
  });

  it('carries the same figures in the export: the summary, the sheet by platform and the events', async () => {
    const expected = await report();
    const response = await invoke(exportCampaignReport, { pathParameters: { code: campaignCode }, headers: bearer(marketing) });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(response.rawBody, 'base64') as unknown as ArrayBuffer);

    const summary = new Map<string, unknown>();
    workbook.getWorksheet('汇总')!.eachRow((row, n) => n > 1 && summary.set(String(row.getCell(2).value), row.getCell(3).value));
    expect(summary.get('服务客户量（人）')).toBe(expected.customersServed.total);
    expect(summary.get('其中：线上触达人数（扫码统计）')).toBe(4);
    expect(summary.get('其中：线下现场参与人数（员工填报）')).toBe(150);
    expect(summary.get('其中：线上活动平台报告观看人数（员工填报）')).toBe(6_000);
    expect(summary.get('线上活动场次')).toBe(2);
    expect(summary.get('所辖营业柜面（个）')).toBe(2);
    expect(summary.get('营业柜面宣传展区（个）')).toBe(2);
    expect(summary.get('所辖营销职场（个）')).toBe(3);
    expect(summary.get('进行培训的营销职场（个）')).toBe(2);
    const byPlatform = new Map<string, unknown>();
    workbook.getWorksheet('线上活动')!.eachRow((row, n) => n > 1 && byPlatform.set(String(row.getCell(1).value), row.getCell(3).value));
    expect(byPlatform.get('视频号')).toBe(5_200);
    expect(byPlatform.get('公众号')).toBe(800);
    const events = workbook.getWorksheet('活动明细')!;
    const viewersColumn = (events.getRow(1).values as unknown[]).indexOf('平台报告观看人数');
    const viewers: unknown[] = [];
    events.eachRow((row, n) => n > 1 && viewers.push(row.getCell(viewersColumn).value));
    expect(viewers.filter((value) => value !== null).sort()).toEqual([5_200, 800].sort());
  });
});
