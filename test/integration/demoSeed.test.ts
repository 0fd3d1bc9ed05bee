import { handler as getCampaignReport } from '../../functions/src/handlers/getCampaignReport';
import { handler as login } from '../../functions/src/handlers/login';
import { demoCampaignCode, demoLastYearCampaignCode } from '../../scripts/lib/demoData';
import { seedDemo } from '../../scripts/lib/seedDemo';
import { invoke } from '../support/invoke';
import { aggregated } from '../support/aggregation';

/**
 * `npm start` seeds a demo whose dashboard has something to show: events of every kind in
 * two provinces, QR activity through the real counting engine, and last year's campaign.
 */
jest.setTimeout(240_000);

const demoPassword = 'demo-password-for-tests';

beforeAll(async () => {
  const secrets = { visitorHashSecret: process.env.VISITOR_HASH_SECRET!, authTokenSecret: process.env.AUTH_TOKEN_SECRET! };
  expect(await seedDemo({ demoPassword, secrets })).toMatch(/^seeded \(33 events, \d+ beacons stored for counting\)$/);
});

async function tokenOf(employeeNo: string): Promise<string> {
  const response = await invoke(login, { method: 'POST', body: { employeeNo, password: demoPassword } });
  expect(response.status).toBe(200);
  return response.body.token;
}

it('gives head office marketing a 3·15 week with events, check-ins, people reached, flags and last year to compare with', async () => {
  await aggregated();
  const response = await invoke(getCampaignReport, {
    pathParameters: { code: demoCampaignCode },
    headers: { authorization: `Bearer ${await tokenOf('M0002')}` },
  });
  expect(response.status).toBe(200);
  const report = response.body;
  expect(report.offline.events).toBe(18);
  expect(report.offline.eventsByGroup).toEqual({ five_entries: 7, self_organised: 7, internal: 2, online: 2 });
  expect(report.onlineActivities).toMatchObject({ events: 2, viewersReported: 6_550 });
  expect(report.workplaces).toMatchObject({ counters: 2, salesWorkplaces: 5, trainedWorkplaces: 3, workplaceTrainings: 1 });
  expect(report.customersServed.total).toBe(report.online.visitors + report.offline.attendanceReported + 6_550);
  expect(report.paragraph).toContain('所辖5个营销职场中3个进行消费者保护知识培训1场');
  expect(report.online.visitors).toBeGreaterThan(300);
  expect(report.online.checkins).toBeGreaterThan(150);
  expect(report.breakdowns.units.map((row: { name: string }) => row.name)).toEqual(['广东省分公司', '浙江省分公司']);
  expect(report.flagCounts.no_qr_activity).toBe(2);
  expect(report.yearOnYear.previous.code).toBe(demoLastYearCampaignCode);
  expect(report.yearOnYear.rows.find((row: { figure: string }) => row.figure === 'events').previous).toBe(11);
  expect(report.paragraph).toMatch(/^全公司在\d{4}年“3·15”消费者权益保护教育宣传周/);
});

it('is seeded once: a second start counts nothing again', async () => {
  const secrets = { visitorHashSecret: process.env.VISITOR_HASH_SECRET!, authTokenSecret: process.env.AUTH_TOKEN_SECRET! };
  expect(await seedDemo({ demoPassword, secrets })).toBe('already seeded');
});
