import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { CampaignReport, Material } from '@rights-outreach/shared';
import { handler as createEvent } from '../../functions/src/handlers/createEvent';
import { handler as createMediaPost } from '../../functions/src/handlers/createMediaPost';
import { handler as createOrgUnit } from '../../functions/src/handlers/createOrgUnit';
import { handler as exportCampaignReport } from '../../functions/src/handlers/exportCampaignReport';
import { handler as getCampaignReport } from '../../functions/src/handlers/getCampaignReport';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { putMaterial } from '../../functions/src/repository/materialRepository';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { aBatch, aBeacon, aMaterial, anEventRequest, anOnlineEventRequest, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';
import { aMediaPostRequest } from '../support/recordFixtures';
import { aggregated } from '../support/aggregation';

/**
 * A city's 3·15 week loaded through the API as the insurer's staff would enter it, with the
 * figures of a real year-end report's results section:
 *
 * > 通过线上线下方式服务机构客户量159308人；活动所辖服务柜面6个，开展线上、线下教育宣传活动场次16场；
 * > 制作原创教育宣传文案2条，……服务视频6个，全市所辖10个营销职场全部进行消费者保护知识培训1场；
 * > 升级媒体发布信息16条，官网客资平台发布信息数据2条，美篇2篇，全市所辖6个营业柜面设置宣传展区6个。
 *
 * The city has 6 营业柜面 and 10 营销职场; 16 events (6 at the counters with a display area each,
 * one training that covered all ten workplaces, 7 more in the city, 2 live streams); 2 original
 * articles and 6 original videos; 16 media posts (12 公众号, 2 客资平台, 2 美篇); and 159,308
 * customers served = 8 people reached online (tracked) + 9,300 met on site + 150,000 viewers the
 * live streams' platforms reported.
 */
jest.setTimeout(120_000);

let city: { id: string; name: string };
let marketing: TestAccount;
let campaignCode: string;

beforeAll(async () => {
  const tree = await givenOrgTree();
  const admin = await givenAccount({ role: 'admin', unitId: tree.headOffice.id });
  const ok = async (response: Promise<{ status: number; rawBody: string }>, status = 201) => {
    const answer = await response;
    if (answer.status !== status) throw new Error(`answered ${answer.status}: ${answer.rawBody}`);
  };

  // The city and its units, created by admin as in the admin pages.
  city = { id: `${tree.province.id}-sz`, name: '测试深圳市分公司' };
  const unit = (id: string, name: string, level: 'city' | 'counter', parentId: string, kind?: 'counter' | 'sales_workplace') =>
    ok(invoke(createOrgUnit, { method: 'POST', body: { id, name, level, parentId, ...(kind ? { kind } : {}) }, headers: bearer(admin) }));
  await unit(city.id, city.name, 'city', tree.province.id);
  const counters = Array.from({ length: 6 }, (_, i) => `${city.id}-gm${i + 1}`);
  const workplaces = Array.from({ length: 10 }, (_, i) => `${city.id}-zc${i + 1}`);
  for (const [i, id] of counters.entries()) await unit(id, `测试营业柜面${i + 1}`, 'counter', city.id, 'counter');
  for (const [i, id] of workplaces.entries()) await unit(id, `测试营销职场${i + 1}`, 'counter', city.id, 'sales_workplace');
  marketing = await givenAccount({ role: 'marketing', unitId: city.id });
  const staff = await givenAccount({ role: 'staff', unitId: city.id });

  // 原创文案2条 and 视频6个: the campaign's materials.
  const materials: Material[] = [
    ...Array.from({ length: 2 }, () => aMaterial({ format: 'article' })),
    ...Array.from({ length: 6 }, (_, i) => aMaterial({ format: 'video', videoUrl: `https://media.example.cn/315/${i + 1}.mp4` })),
  ];
  for (const material of materials) await putMaterial(material);
  campaignCode = (await givenCampaign({ materialIds: materials.map((m) => m.id) })).campaign.code;

  const startAt = new Date(Date.now() - 86_400_000).toISOString();
  const events = [
    ...counters.map((id) => anEventRequest(campaignCode, id, { type: 'counter', startAt, headcount: 300, displayAreas: 1 })),
    anEventRequest(campaignCode, city.id, {
      type: 'workplace_training',
      startAt,
      headcount: 0,
      displayAreas: 0,
      workplaceIds: workplaces,
    }),
    ...Array.from({ length: 7 }, (_, i) =>
      anEventRequest(campaignCode, city.id, {
        type: i < 4 ? 'community' : 'park',
        startAt,
        headcount: i === 6 ? 1_500 : 1_000,
        displayAreas: 0,
      }),
    ),
    anOnlineEventRequest(campaignCode, city.id, { startAt, viewersReported: 120_000 }),
    anOnlineEventRequest(campaignCode, city.id, { startAt, platform: 'douyin', viewersReported: 30_000 }),
  ];
  for (const event of events) await ok(invoke(createEvent, { method: 'POST', body: event, headers: bearer(staff) }));

  const outlets = [...Array<'official'>(12).fill('official'), 'client_platform', 'client_platform', 'meipian', 'meipian'] as const;
  for (const outlet of outlets) {
    await ok(
      invoke(createMediaPost, { method: 'POST', body: aMediaPostRequest(campaignCode, city.id, { outlet }), headers: bearer(staff) }),
    );
  }

  // Eight people read the materials from the city's posters.
  for (let i = 0; i < 8; i++) {
    const batch = aBatch(campaignCode, [aBeacon({ id: randomUUID() })], { source: `poster.${city.id}` });
    await ok(invoke(recordBeacons, { method: 'POST', body: batch }), 200);
  }
  await aggregated();
});

async function cityReport(): Promise<CampaignReport> {
  const response = await invoke(getCampaignReport, { pathParameters: { code: campaignCode }, headers: bearer(marketing) });
  if (response.status !== 200) throw new Error(`report answered ${response.status}: ${response.rawBody}`);
  return response.body as CampaignReport;
}

describe('a city’s 3·15 week with the figures of a real year-end report', () => {
  it('writes every figure of the report’s results section into the paragraph', async () => {
    const { paragraph } = await cityReport();

    for (const figure of [
      '通过线上线下方式服务客户量15.93万人',
      '共有6个柜面（网点）参与',
      '开展线上、线下教育宣传活动16场（线下14场、线上2场）',
      '制作原创宣传文案2条、视频6个',
      '所辖10个营销职场全部进行消费者保护知识培训1场',
      '媒体发布信息16条',
      '美篇2篇',
      '所辖6个营业柜面设置宣传展区6个',
    ]) {
      expect(paragraph).toContain(figure);
    }
    expect(paragraph.startsWith(`${city.name}在`)).toBe(true);
  });

  it('makes each of them from figures the report and the export carry', async () => {
    const report = await cityReport();
    expect(report.customersServed).toEqual({ total: 159_308, visitors: 8, attendanceReported: 9_300, viewersReported: 150_000 });
    expect(report.offline).toMatchObject({ events: 16, countersInvolved: 6, displayAreas: 6 });
    expect(report.onlineActivities).toMatchObject({ events: 2, viewersReported: 150_000 });
    expect(report.workplaces).toMatchObject({
      counters: 6,
      counterDisplayAreas: 6,
      salesWorkplaces: 10,
      trainedWorkplaces: 10,
      workplaceTrainings: 1,
    });

    const response = await invoke(exportCampaignReport, { pathParameters: { code: campaignCode }, headers: bearer(marketing) });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(response.rawBody, 'base64') as unknown as ArrayBuffer);
    const summary = new Map<string, unknown>();
    workbook.getWorksheet('汇总')!.eachRow((row, n) => n > 1 && summary.set(String(row.getCell(2).value), row.getCell(3).value));
    expect(summary.get('服务客户量（人）')).toBe(159_308);
    expect(summary.get('所辖营业柜面（个）')).toBe(6);
    expect(summary.get('所辖营销职场（个）')).toBe(10);
    expect(summary.get('进行培训的营销职场（个）')).toBe(10);
    expect(workbook.getWorksheet('媒体发布')).toBeDefined();
    expect(workbook.getWorksheet('资料产出')).toBeDefined();
    const paragraphSheet = workbook.getWorksheet('主要成效')!;
    expect(paragraphSheet.getRow(2).getCell(1).value).toBe(report.paragraph);
  });
});
