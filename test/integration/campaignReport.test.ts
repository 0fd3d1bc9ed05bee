import ExcelJS from 'exceljs';
import { addDays, type CampaignReport, type CreateEventRequest, shanghaiDate } from '@rights-outreach/shared';
import { handler as createEvent } from '../../functions/src/handlers/createEvent';
import { handler as exportCampaignReport } from '../../functions/src/handlers/exportCampaignReport';
import { handler as getCampaignReport } from '../../functions/src/handlers/getCampaignReport';
import { handler as getReportParagraph } from '../../functions/src/handlers/getReportParagraph';
import { handler as listReportCampaigns } from '../../functions/src/handlers/listReportCampaigns';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount } from '../support/accounts';
import { aBatch, aBeacon, anEventRequest, givenCampaign } from '../support/fixtures';
import { invoke, type InvokeResult } from '../support/invoke';
import { readTotals } from '../support/totals';
import { aggregated } from '../support/aggregation';

/**
 * A campaign with events in two counties and a counter, QR activity at some of them, and
 * last year's campaign of the same type: the report each reader gets, its drill-down, the
 * paragraph and the export all carry the same figures, for the units the reader may see.
 */
jest.setTimeout(60_000);

let tree: OrgTree;
let readers: Record<'admin' | 'marketingHq' | 'marketingProvince' | 'marketingCountyB' | 'staffA', TestAccount>;
let campaignCode: string;
let previousCode: string;
let events: Record<'communityA' | 'counterA' | 'villageB' | 'schoolTomorrow', CreateEventRequest>;

const yesterday = `${addDays(shanghaiDate(new Date()), -1)}T09:30:00+08:00`;
const tomorrow = `${addDays(shanghaiDate(new Date()), 1)}T09:30:00+08:00`;

beforeAll(async () => {
  tree = await givenOrgTree();
  const [admin, marketingHq, marketingProvince, marketingCountyB, staffA] = await Promise.all([
    givenAccount({ role: 'admin', unitId: tree.headOffice.id }),
    givenAccount({ role: 'marketing', unitId: tree.headOffice.id }),
    givenAccount({ role: 'marketing', unitId: tree.province.id }),
    givenAccount({ role: 'marketing', unitId: tree.countyB.id }),
    givenAccount({ role: 'staff', unitId: tree.countyA.id }),
  ]);
  readers = { admin, marketingHq, marketingProvince, marketingCountyB, staffA };

  // This year's campaign and last year's of the same type, starting a year earlier to the day.
  const { campaign } = await givenCampaign({ type: 'special', name: '反诈专项宣传' });
  campaignCode = campaign.code;
  const lastYear = `${Number(campaign.startDate.slice(0, 4)) - 1}${campaign.startDate.slice(4)}`;
  const previous = await givenCampaign({ type: 'special', name: '上年反诈专项宣传', startDate: lastYear, endDate: lastYear });
  previousCode = previous.campaign.code;

  events = {
    communityA: anEventRequest(campaignCode, tree.countyA.id, {
      startAt: yesterday,
      headcount: 100,
      staffPresent: 4,
      targetGroups: ['elderly', 'new_citizens'],
    }),
    counterA: anEventRequest(campaignCode, tree.counterA.id, {
      type: 'counter',
      startAt: yesterday,
      headcount: 10,
      staffPresent: 2,
      targetGroups: ['elderly'],
    }),
    villageB: anEventRequest(campaignCode, tree.countyB.id, {
      type: 'village',
      startAt: yesterday,
      headcount: 50,
      staffPresent: 3,
      targetGroups: ['villagers'],
    }),
    schoolTomorrow: anEventRequest(campaignCode, tree.countyA.id, {
      type: 'school',
      startAt: tomorrow,
      headcount: 0,
      staffPresent: 1,
      targetGroups: ['students'],
    }),
  };
  const lastYearsEvents = [anEventRequest(previousCode, tree.countyA.id), anEventRequest(previousCode, tree.countyB.id)];
  for (const request of [...Object.values(events), ...lastYearsEvents]) {
    const created = await invoke(createEvent, { method: 'POST', body: request, headers: bearer(admin) });
    expect(created.status).toBe(201);
  }

  // Three people check in at the community event, five at the counter; nobody scans at the village.
  const atEvent = (event: CreateEventRequest) => ({ source: 'event', eventId: event.clientId });
  const batches = [
    ...Array.from({ length: 3 }, () => aBatch(campaignCode, [aBeacon(), aBeacon({ kind: 'checkin' })], atEvent(events.communityA))),
    ...Array.from({ length: 5 }, () => aBatch(campaignCode, [aBeacon(), aBeacon({ kind: 'checkin' })], atEvent(events.counterA))),
    // Two people from a national Moments post (no unit), one from county B's poster.
    ...Array.from({ length: 2 }, () => aBatch(campaignCode, [aBeacon()], { source: 'moments' })),
    aBatch(campaignCode, [aBeacon(), aBeacon({ kind: 'share_tap' })], { source: `poster.${tree.countyB.id}` }),
  ];
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

const bytesOf = (response: InvokeResult) => Buffer.from(response.rawBody, 'base64');

describe('the campaign report', () => {
  it('gives head office the whole campaign: events by type, attendance reported and verified, people reached, every breakdown', async () => {
    const hq = await report(readers.marketingHq);

    expect(hq.scope).toMatchObject({ unitId: tree.headOffice.id, detailed: true, trail: [{ unitId: tree.headOffice.id }] });
    expect(hq.offline).toMatchObject({
      events: 4,
      eventsByGroup: { five_entries: 3, self_organised: 1, internal: 0 },
      staffParticipants: 10,
      attendanceReported: 160,
      coverage: { min: 6000, max: 8000 },
      countersInvolved: 1,
    });
    expect(hq.offline.eventsByType).toMatchObject({ community: 1, village: 1, school: 1, counter: 1 });
    expect(hq.online).toMatchObject({ visitors: 11, views: 11, checkins: 8, shareTaps: 1 });
    expect(hq.breakdowns.units.map((row) => row.unitId)).toEqual([tree.province.id]);
    expect(hq.breakdowns.units[0]).toMatchObject({
      hasChildren: true,
      offline: { events: 4, attendanceReported: 160 },
      metrics: { visitors: 9 },
    });
    expect(hq.breakdowns.channels?.find((row) => row.key === 'moments')?.metrics.visitors).toBe(2);
    expect(hq.breakdowns.targetGroups.find((row) => row.key === 'elderly')).toMatchObject({
      label: '老年人',
      events: 2,
      attendanceReported: 110,
    });
    expect(hq.breakdowns.days.find((row) => row.key === shanghaiDate(new Date()))?.metrics?.views).toBe(11);
    expect(hq.breakdowns.days.find((row) => row.key === yesterday.slice(0, 10))?.events).toBe(3);
  });

  it('equals the totals endpoint for the same reader', async () => {
    for (const reader of [readers.marketingHq, readers.marketingProvince]) {
      expect((await report(reader)).online).toEqual((await readTotals(campaignCode, reader)).totals);
    }
  });

  it('flags events whose headcount far exceeds their check-ins, and events whose code nobody scanned, once their day is over', async () => {
    const hq = await report(readers.admin);
    const flagsOf = (event: CreateEventRequest) => hq.breakdowns.events.find((row) => row.eventId === event.clientId)?.flags;

    expect(hq.attendanceFlagFactor).toBe(3);
    expect(flagsOf(events.communityA)).toEqual(['attendance_unverified']);
    expect(flagsOf(events.counterA)).toEqual([]);
    expect(flagsOf(events.villageB)).toEqual(['attendance_unverified', 'no_qr_activity']);
    expect(flagsOf(events.schoolTomorrow)).toEqual([]);
    expect(hq.flagged.map((row) => row.eventId).sort()).toEqual([events.communityA.clientId, events.villageB.clientId].sort());
    expect(hq.flagCounts).toEqual({ attendance_unverified: 2, no_qr_activity: 1 });
  });

  it('compares with last year’s campaign of the same type', async () => {
    const { yearOnYear } = await report(readers.marketingHq);
    expect(yearOnYear.previous).toMatchObject({ code: previousCode, name: '上年反诈专项宣传' });
    expect(yearOnYear.rows.find((row) => row.figure === 'events')).toMatchObject({ current: 4, previous: 2, changePercent: 100 });
    expect(yearOnYear.rows.find((row) => row.figure === 'visitors')).toMatchObject({ current: 11, previous: 0, changePercent: null });
  });

  it('gives a province only what happened under it, with its own breakdowns', async () => {
    const province = await report(readers.marketingProvince);

    expect(province.scope).toMatchObject({ unitId: tree.province.id, detailed: true, trail: [{ unitId: tree.province.id }] });
    expect(province.online).toMatchObject({ visitors: 9, checkins: 8 });
    expect(province.breakdowns.channels?.map((row) => row.key).sort()).toEqual(['event', 'poster']);
    expect(province.breakdowns.units.map((row) => row.unitId)).toEqual([tree.city.id]);
  });

  it('drills down to a county: its events and units, its totals, its own breakdowns, a trail back up to the reader', async () => {
    const county = await report(readers.marketingProvince, tree.countyA.id);

    expect(county.scope).toMatchObject({ unitId: tree.countyA.id, detailed: true });
    expect(county.scope.trail.map((unit) => unit.unitId)).toEqual([tree.province.id, tree.city.id, tree.countyA.id]);
    expect(county.breakdowns.events.map((row) => row.eventId).sort()).toEqual(
      [events.communityA.clientId, events.counterA.clientId, events.schoolTomorrow.clientId].sort(),
    );
    expect(county.breakdowns.units).toEqual([
      expect.objectContaining({ unitId: tree.counterA.id, metrics: expect.objectContaining({ visitors: 5 }) }),
    ]);
    expect(county.online).toMatchObject({ visitors: 8, checkins: 8 });
    // The county's own channels and target groups: only what happened under it.
    expect(county.breakdowns.channels?.map((row) => [row.key, row.metrics.visitors])).toEqual([['event', 8]]);
    expect(county.breakdowns.targetGroups.find((row) => row.key === 'elderly')).toMatchObject({
      events: 2,
      metrics: expect.objectContaining({ visitors: 8 }),
    });
    expect(county.breakdowns.targetGroups.find((row) => row.key === 'villagers')).toMatchObject({
      events: 0,
      metrics: expect.objectContaining({ visitors: 0 }),
    });
  });

  it('refuses a unit outside the reader’s subtree, and staff', async () => {
    const beside = await invoke(getCampaignReport, {
      pathParameters: { code: campaignCode },
      query: { unit: tree.countyA.id },
      headers: bearer(readers.marketingCountyB),
    });
    expect(beside.status).toBe(403);
    expect(beside.body.error.code).toBe('FORBIDDEN');
    const above = await invoke(getCampaignReport, {
      pathParameters: { code: campaignCode },
      query: { unit: tree.headOffice.id },
      headers: bearer(readers.marketingProvince),
    });
    expect(above.status).toBe(403);
    const staff = await invoke(getCampaignReport, { pathParameters: { code: campaignCode }, headers: bearer(readers.staffA) });
    expect(staff.status).toBe(403);
  });

  it.each([
    ['a malformed unit', { unit: 'Not A Unit!' }, 400, 'VALIDATION_FAILED'],
    ['an unknown unit', { unit: 'no-such-unit' }, 404, 'ORG_UNIT_NOT_FOUND'],
    ['an unknown parameter', { units: 'x' }, 400, 'VALIDATION_FAILED'],
  ])('answers %s with %i and a stable code', async (_name, query, status, code) => {
    const response = await invoke(getCampaignReport, { pathParameters: { code: campaignCode }, query, headers: bearer(readers.admin) });
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
  });

  it('answers an unknown campaign with 404', async () => {
    const response = await invoke(getCampaignReport, { pathParameters: { code: 'no-such-campaign' }, headers: bearer(readers.admin) });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('CAMPAIGN_NOT_FOUND');
  });
});

describe('the campaign list', () => {
  it('lists the campaign with its headline figures for the reader’s unit', async () => {
    const response = await invoke(listReportCampaigns, { headers: bearer(readers.marketingProvince) });
    expect(response.status).toBe(200);
    expect(response.body.scope).toMatchObject({ unitId: tree.province.id });
    const row = response.body.campaigns.find((entry: { campaign: { code: string } }) => entry.campaign.code === campaignCode);
    expect(row).toMatchObject({ events: 4, attendanceReported: 160, checkins: 8, views: 9, visitors: 9, shareTaps: 1 });
  });
});

describe('the results paragraph', () => {
  it('is the report’s own paragraph, as plain text', async () => {
    const response = await invoke(getReportParagraph, {
      pathParameters: { code: campaignCode },
      headers: bearer(readers.marketingProvince),
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.rawBody).toBe((await report(readers.marketingProvince)).paragraph);
    expect(response.rawBody).toContain('测试省分公司在反诈专项宣传');
    expect(response.rawBody).toContain(
      '累计开展宣传活动4场，其中“五进入”活动3场（进入社区1场、进入农村1场、进入学校1场），自主特色宣传1场（柜面宣传1场）',
    );
    expect(response.rawBody).toContain('现场参与群众160人，扫码签到8人');
  });
});

describe('the export', () => {
  it('is an Excel workbook with a summary and a sheet per breakdown, in Chinese, carrying the report’s figures', async () => {
    const response = await invoke(exportCampaignReport, {
      pathParameters: { code: campaignCode },
      headers: bearer(readers.marketingProvince),
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('反诈专项宣传_测试省分公司_数据报表_')}`,
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytesOf(response) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '汇总',
      '活动类型',
      '机构',
      '渠道',
      '来源',
      '资料',
      '重点人群',
      '每日',
      '线上活动',
      '活动明细',
      '核查提示',
      '同比',
      '资料产出',
      '媒体发布',
      '平台数据',
      '主要成效',
    ]);
    const expected = await report(readers.marketingProvince);
    const summary = new Map<string, unknown>();
    workbook.getWorksheet('汇总')!.eachRow((row, n) => n > 1 && summary.set(String(row.getCell(2).value), row.getCell(3).value));
    expect(summary.get('活动场次')).toBe(expected.offline.events);
    expect(summary.get('现场参与人数（员工填报）')).toBe(expected.offline.attendanceReported);
    expect(summary.get('现场签到人数（扫码核验）')).toBe(expected.online.checkins);
    expect(summary.get('触达人数（人）')).toBe(expected.online.visitors);
    expect(summary.get('浏览量（人次）')).toBe(expected.online.views);

    const units = workbook.getWorksheet('机构')!;
    expect(units.getRow(1).getCell(2).value).toBe('机构名称');
    expect(units.rowCount - 1).toBe(5); // the province, its city, two counties and the counter
    const events = workbook.getWorksheet('活动明细')!;
    expect(events.rowCount - 1).toBe(4);
    expect(workbook.getWorksheet('主要成效')!.getRow(2).getCell(1).value).toBe(expected.paragraph);
  });

  it('is a CSV with a byte-order mark, every table under its name, for one county as asked', async () => {
    const response = await invoke(exportCampaignReport, {
      pathParameters: { code: campaignCode },
      query: { format: 'csv', unit: tree.countyB.id },
      headers: bearer(readers.marketingCountyB),
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text = bytesOf(response).toString('utf8');
    expect(text.startsWith('\uFEFF【汇总】\r\n类别,指标,数值\r\n')).toBe(true);
    expect(text).toContain('\r\n线下活动,活动场次,1\r\n');
    expect(text).toContain('\r\n\r\n【渠道】\r\n渠道编码,渠道,');
    expect(text).toContain('\r\nposter,海报,');
    expect(text).toContain('进入农村');
  });

  it('refuses a format it does not make, and a unit beside the reader’s', async () => {
    const pdf = await invoke(exportCampaignReport, {
      pathParameters: { code: campaignCode },
      query: { format: 'pdf' },
      headers: bearer(readers.admin),
    });
    expect(pdf.status).toBe(400);
    expect(pdf.body.error.code).toBe('VALIDATION_FAILED');
    const beside = await invoke(exportCampaignReport, {
      pathParameters: { code: campaignCode },
      query: { unit: tree.countyA.id },
      headers: bearer(readers.marketingCountyB),
    });
    expect(beside.status).toBe(403);
  });
});
