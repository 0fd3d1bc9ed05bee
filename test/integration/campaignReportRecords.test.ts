import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { CampaignReport } from '@rights-outreach/shared';
import { handler as createMediaPost } from '../../functions/src/handlers/createMediaPost';
import { handler as createPlatformFigure } from '../../functions/src/handlers/createPlatformFigure';
import { handler as deleteMediaPost } from '../../functions/src/handlers/deleteMediaPost';
import { handler as exportCampaignReport } from '../../functions/src/handlers/exportCampaignReport';
import { handler as getCampaignReport } from '../../functions/src/handlers/getCampaignReport';
import { handler as getReportParagraph } from '../../functions/src/handlers/getReportParagraph';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { putMaterial } from '../../functions/src/repository/materialRepository';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount } from '../support/accounts';
import { aBatch, aBeacon, aMaterial, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';
import { aMediaPostRequest, aPlatformFigureRequest } from '../support/recordFixtures';
import { aggregated } from '../support/aggregation';

/**
 * A campaign with original and reposted materials, media posts and platform figures entered in
 * two counties, and views and video plays we tracked from a 视频号 link: the report, the
 * paragraph and the export show tracked and reported side by side, added only in 各平台 figures.
 */
jest.setTimeout(60_000);

let tree: OrgTree;
let hq: TestAccount;
let province: TestAccount;
let countyB: TestAccount;
let campaignCode: string;

beforeAll(async () => {
  tree = await givenOrgTree();
  const [marketingHq, marketingProvince, marketingCountyB, staffA, staffB] = await Promise.all([
    givenAccount({ role: 'marketing', unitId: tree.headOffice.id }),
    givenAccount({ role: 'marketing', unitId: tree.province.id }),
    givenAccount({ role: 'marketing', unitId: tree.countyB.id }),
    givenAccount({ role: 'staff', unitId: tree.countyA.id }),
    givenAccount({ role: 'staff', unitId: tree.countyB.id }),
  ]);
  [hq, province, countyB] = [marketingHq, marketingProvince, marketingCountyB];

  const video = aMaterial({ format: 'video', videoUrl: 'https://media.example.cn/v.mp4' });
  const materials = [
    video,
    aMaterial({ format: 'article' }),
    aMaterial({ format: 'article' }),
    aMaterial({ format: 'meipian', origin: { kind: 'reposted', from: '中国保险行业协会' } }),
  ];
  for (const material of materials) await putMaterial(material);
  campaignCode = (await givenCampaign({ materialIds: materials.map((m) => m.id) })).campaign.code;

  const ok = async (response: Promise<{ status: number }>) => expect((await response).status).toBe(201);
  const figure = (account: TestAccount, body: unknown) =>
    ok(invoke(createPlatformFigure, { method: 'POST', body, headers: bearer(account) }));
  const post = (account: TestAccount, body: unknown) => ok(invoke(createMediaPost, { method: 'POST', body, headers: bearer(account) }));

  // County A's 视频号: two snapshots (only the later counts) and its 公众号 account.
  await figure(
    staffA,
    aPlatformFigureRequest(campaignCode, tree.countyA.id, { asOf: '2026-03-16', plays: 4_000, shares: 100, likes: undefined }),
  );
  await figure(
    staffA,
    aPlatformFigureRequest(campaignCode, tree.countyA.id, { asOf: '2026-03-20', plays: 9_000, shares: 500, likes: 300 }),
  );
  await figure(
    staffA,
    aPlatformFigureRequest(campaignCode, tree.countyA.id, {
      platform: 'official',
      subject: '番禺公众号',
      views: 800,
      plays: undefined,
      shares: undefined,
      likes: undefined,
    }),
  );
  // County B's 抖音, entered by its own marketing.
  await figure(
    countyB,
    aPlatformFigureRequest(campaignCode, tree.countyB.id, {
      platform: 'douyin',
      subject: '花都抖音号',
      plays: 2_500,
      shares: undefined,
      likes: 120,
    }),
  );

  await post(staffA, aMediaPostRequest(campaignCode, tree.countyA.id, { outlet: 'website' }));
  await post(staffA, aMediaPostRequest(campaignCode, tree.countyA.id, { outlet: 'meipian' }));
  await post(staffB, aMediaPostRequest(campaignCode, tree.countyB.id, { outlet: 'client_platform' }));
  const deleted = aMediaPostRequest(campaignCode, tree.countyB.id, { outlet: 'news' });
  await post(staffB, deleted);
  const removed = await invoke(deleteMediaPost, {
    method: 'POST',
    pathParameters: { id: deleted.clientId },
    body: { mutationId: randomUUID() },
    headers: bearer(staffB),
  });
  expect(removed.status).toBe(200);

  // Ten people open county A's 视频号 link; four of them play the video.
  const play = aBeacon({ kind: 'video_play', target: { type: 'material', materialId: video.id } });
  const batches = Array.from({ length: 10 }, (_, i) =>
    aBatch(campaignCode, i < 4 ? [aBeacon(), { ...play, id: randomUUID() }] : [aBeacon()], { source: `channels.${tree.countyA.id}` }),
  );
  for (const batch of batches) expect((await invoke(recordBeacons, { method: 'POST', body: batch })).status).toBe(200);
  await aggregated();
});

async function report(reader: TestAccount, unit?: string): Promise<CampaignReport> {
  const response = await invoke(getCampaignReport, {
    pathParameters: { code: campaignCode },
    ...(unit ? { query: { unit } } : {}),
    headers: bearer(reader),
  });
  if (response.status !== 200) throw new Error(`report answered ${response.status}: ${response.rawBody}`);
  return response.body as CampaignReport;
}

describe('materials, media posts and platform figures in the report', () => {
  it('counts the campaign’s materials by format and origin, the same for every unit', async () => {
    const [whole, county] = [await report(hq), await report(countyB)];

    expect(whole.materialOutput).toEqual({
      original: { article: 2, video: 1, long_image: 0, meipian: 0, leaflet: 0 },
      reposted: { article: 0, video: 0, long_image: 0, meipian: 1, leaflet: 0 },
      repostedFrom: [{ from: '中国保险行业协会', count: 1 }],
    });
    expect(county.materialOutput).toEqual(whole.materialOutput);
  });

  it('counts media posts of the scope by outlet, deleted ones left out', async () => {
    const [whole, county] = [await report(hq), await report(countyB)];

    expect(whole.mediaPosts.total).toBe(3);
    expect(whole.mediaPosts.byOutlet).toMatchObject({ website: 1, meipian: 1, client_platform: 1, news: 0 });
    expect(county.mediaPosts.total).toBe(1);
    expect(county.mediaPosts.posts.map((p) => p.outlet)).toEqual(['client_platform']);
  });

  it('keeps reported platform figures apart from tracked ones and adds them only in combined', async () => {
    const whole = await report(hq);

    expect(whole.online).toMatchObject({ views: 10, videoPlays: 4 });
    expect(whole.platformFigures.reported).toEqual({ views: 800, plays: 11_500, shares: 500, likes: 420, comments: 0 });
    expect(whole.platformFigures.tracked).toEqual({ views: 10, plays: 4, shares: 0 });
    expect(whole.platformFigures.combined).toEqual({ views: 810, plays: 11_504, shares: 500 });
    expect(whole.platformFigures.entries).toHaveLength(3);
  });

  it('flags a platform’s reported figure far above what we tracked from that channel', async () => {
    const whole = await report(hq);

    // 视频号: 9,000 plays reported against 4 tracked from 视频号 links; 抖音 2,500 against none. 公众号's 800 is under the minimum.
    expect(whole.platformFigures.flags).toEqual([
      { platform: 'douyin', figure: 'plays', reported: 2_500, tracked: 0 },
      { platform: 'channels', figure: 'plays', reported: 9_000, tracked: 4 },
    ]);
  });

  it('gives a county only its own entries', async () => {
    const county = await report(countyB);

    expect(county.platformFigures.reported).toEqual({ views: 0, plays: 2_500, shares: 0, likes: 120, comments: 0 });
    expect(county.platformFigures.tracked.plays).toBe(0);
  });

  it('writes the paragraph with the figures of the report, and the same text at /paragraph', async () => {
    const whole = await report(province);
    const text = await invoke(getReportParagraph, { pathParameters: { code: campaignCode }, headers: bearer(province) });

    expect(whole.paragraph).toContain('制作原创宣传文案2条、视频1个，转载宣传资料1件（中国保险行业协会1件）');
    expect(whole.paragraph).toContain('媒体发布信息3条，其中官网1条、美篇1篇、客资平台1条');
    expect(whole.paragraph).toContain('内容在各平台浏览810次（其中本平台10次），视频在各平台观看1.15万次（其中本平台4次）');
    expect(text.rawBody).toBe(whole.paragraph);
  });

  it('exports the materials, media posts and platform figures as sheets the paragraph can be traced to', async () => {
    const response = await invoke(exportCampaignReport, {
      pathParameters: { code: campaignCode },
      query: { format: 'xlsx' },
      headers: bearer(hq),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(response.rawBody, 'base64') as unknown as ArrayBuffer);
    const rows = (name: string) => {
      const sheet = workbook.getWorksheet(name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      return (sheet.getSheetValues() as unknown[][]).filter(Boolean).map((row) => row.slice(1));
    };

    expect(rows('资料产出')).toContainEqual(['视频', 1, 0]);
    expect(rows('资料产出')).toContainEqual(['美篇', 0, 1]);
    expect(rows('媒体发布')[1]).toEqual(['合计', 3]);
    const platform = rows('平台数据');
    expect(platform[1]!.slice(6, 11)).toEqual([810, 11_504, 500, 420, 0]);
    expect(platform[2]!.slice(6, 9)).toEqual([10, 4, 0]);
  });
});
