import { randomUUID } from 'node:crypto';
import { handler as createMediaPost } from '../../functions/src/handlers/createMediaPost';
import { handler as createPlatformFigure } from '../../functions/src/handlers/createPlatformFigure';
import { handler as deleteMediaPost } from '../../functions/src/handlers/deleteMediaPost';
import { handler as deletePlatformFigure } from '../../functions/src/handlers/deletePlatformFigure';
import { handler as getMediaPost } from '../../functions/src/handlers/getMediaPost';
import { handler as getPlatformFigure } from '../../functions/src/handlers/getPlatformFigure';
import { handler as listMediaPosts } from '../../functions/src/handlers/listMediaPosts';
import { handler as listPlatformFigures } from '../../functions/src/handlers/listPlatformFigures';
import { handler as updateMediaPost } from '../../functions/src/handlers/updateMediaPost';
import { handler as updatePlatformFigure } from '../../functions/src/handlers/updatePlatformFigure';
import { findUnitRecord } from '../../functions/src/repository/unitRecordRepository';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount } from '../support/accounts';
import { givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';
import { aMediaPostRequest, aPlatformFigureRequest, aRecordEdit } from '../support/recordFixtures';

let tree: OrgTree;
let staff: TestAccount;
let colleague: TestAccount;
let marketing: TestAccount;
let campaignCode: string;

beforeAll(async () => {
  tree = await givenOrgTree();
  [staff, colleague, marketing] = await Promise.all([
    givenAccount({ role: 'staff', unitId: tree.countyA.id }),
    givenAccount({ role: 'staff', unitId: tree.countyA.id, name: '李同事' }),
    givenAccount({ role: 'marketing', unitId: tree.province.id }),
  ]);
  campaignCode = (await givenCampaign()).campaign.code;
});

const figures = {
  post: (account: TestAccount, body: unknown) => invoke(createPlatformFigure, { method: 'POST', body, headers: bearer(account) }),
  put: (account: TestAccount, id: string, body: unknown) =>
    invoke(updatePlatformFigure, { method: 'PUT', pathParameters: { id }, body, headers: bearer(account) }),
  remove: (account: TestAccount, id: string, body: unknown) =>
    invoke(deletePlatformFigure, { method: 'POST', pathParameters: { id }, body, headers: bearer(account) }),
  detail: (account: TestAccount, id: string) => invoke(getPlatformFigure, { pathParameters: { id }, headers: bearer(account) }),
  list: async (account: TestAccount) =>
    (await invoke(listPlatformFigures, { query: { campaign: campaignCode }, headers: bearer(account) })).body.figures as Array<{
      id: string;
    }>,
};
const posts = {
  post: (account: TestAccount, body: unknown) => invoke(createMediaPost, { method: 'POST', body, headers: bearer(account) }),
  put: (account: TestAccount, id: string, body: unknown) =>
    invoke(updateMediaPost, { method: 'PUT', pathParameters: { id }, body, headers: bearer(account) }),
  remove: (account: TestAccount, id: string, body: unknown) =>
    invoke(deleteMediaPost, { method: 'POST', pathParameters: { id }, body, headers: bearer(account) }),
  detail: (account: TestAccount, id: string) => invoke(getMediaPost, { pathParameters: { id }, headers: bearer(account) }),
  list: async (account: TestAccount) =>
    (await invoke(listMediaPosts, { query: { campaign: campaignCode }, headers: bearer(account) })).body.posts as Array<{ id: string }>,
};

describe('figures reported from other platforms', () => {
  it('stores what staff entered, names the unit and who entered it', async () => {
    const request = aPlatformFigureRequest(campaignCode, tree.countyA.id);

    const response = await figures.post(staff, request);

    expect(response.status).toBe(201);
    const { clientId, ...fields } = request;
    expect(response.body).toEqual({
      ...fields,
      id: clientId,
      version: 1,
      unitName: tree.countyA.name,
      createdBy: staff.employeeNo,
      createdAt: expect.any(String),
      updatedBy: staff.employeeNo,
      updatedAt: expect.any(String),
    });
    expect((await figures.list(marketing)).map((f) => f.id)).toContain(clientId);
  });

  it('answers a resend with the stored entry and keeps one copy', async () => {
    const request = aPlatformFigureRequest(campaignCode, tree.countyA.id);
    const first = await figures.post(staff, request);

    const again = await figures.post(staff, request);

    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect((await figures.list(staff)).filter((f) => f.id === request.clientId)).toHaveLength(1);
  });

  it('refuses another entry under a used clientId with 409 and keeps the first', async () => {
    const request = aPlatformFigureRequest(campaignCode, tree.countyA.id);
    await figures.post(staff, request);

    const response = await figures.post(staff, { ...request, plays: 99_999 });

    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('IDEMPOTENCY_CONFLICT');
    expect((await findUnitRecord(request.clientId))?.fields.plays).toBe(request.plays);
  });

  it('lets a colleague of the unit edit it once per mutationId, and keeps the history', async () => {
    const request = aPlatformFigureRequest(campaignCode, tree.countyA.id);
    await figures.post(staff, request);
    const edit = aRecordEdit(request, { plays: 15_000, asOf: '2026-03-20' });

    const first = await figures.put(colleague, request.clientId, edit);
    const resent = await figures.put(colleague, request.clientId, edit);

    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ plays: 15_000, asOf: '2026-03-20', version: 2, updatedBy: colleague.employeeNo });
    expect(resent.body).toEqual(first.body);
    const detail = await figures.detail(marketing, request.clientId);
    expect(detail.body.history).toEqual([
      expect.objectContaining({ version: 1, action: 'created', by: staff.employeeNo, changes: [] }),
      expect.objectContaining({
        version: 2,
        action: 'updated',
        by: colleague.employeeNo,
        byName: '李同事',
        changes: [
          { field: 'asOf', from: '2026-03-16', to: '2026-03-20' },
          { field: 'plays', from: 12_000, to: 15_000 },
        ],
      }),
    ]);
  });

  it('refuses another edit under a used mutationId with 409 and changes nothing', async () => {
    const request = aPlatformFigureRequest(campaignCode, tree.countyA.id);
    await figures.post(staff, request);
    const edit = aRecordEdit(request, { plays: 15_000 });
    await figures.put(staff, request.clientId, edit);

    const response = await figures.put(staff, request.clientId, { ...edit, plays: 1 });

    expect(response.status).toBe(409);
    expect((await findUnitRecord(request.clientId))?.fields.plays).toBe(15_000);
  });

  it('deletes it once: gone from the list and the detail, kept in history', async () => {
    const request = aPlatformFigureRequest(campaignCode, tree.countyA.id);
    await figures.post(staff, request);
    const mutationId = randomUUID();

    const deleted = await figures.remove(marketing, request.clientId, { mutationId });
    const again = await figures.remove(marketing, request.clientId, { mutationId });

    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ version: 2, deletedAt: expect.any(String) });
    expect(again.body).toEqual(deleted.body);
    expect((await figures.list(staff)).map((f) => f.id)).not.toContain(request.clientId);
    expect((await figures.detail(staff, request.clientId)).body.error.code).toBe('RECORD_NOT_FOUND');
    expect((await findUnitRecord(request.clientId))?.version).toBe(2);
  });

  it.each([
    ['no figure at all', { plays: undefined, shares: undefined, likes: undefined }],
    ['a negative figure', { plays: -1 }],
    ['an unknown platform', { platform: 'weibo' }],
    ['a malformed day', { asOf: '2026-3-16' }],
    ['an unknown field', { reach: 5 }],
    ['a subject too long', { subject: '视'.repeat(41) }],
  ])('refuses %s with 400 and stores nothing', async (_case, changes) => {
    const request = { ...aPlatformFigureRequest(campaignCode, tree.countyA.id), ...changes };

    const response = await figures.post(staff, request);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: expect.any(String) } });
    expect(await findUnitRecord(request.clientId)).toBeUndefined();
  });

  it('refuses an unknown campaign with 404 and a unit outside the caller’s with 403, storing nothing', async () => {
    const unknown = aPlatformFigureRequest('no-such-campaign', tree.countyA.id);
    const elsewhere = aPlatformFigureRequest(campaignCode, tree.countyB.id);

    expect((await figures.post(staff, unknown)).body.error.code).toBe('CAMPAIGN_NOT_FOUND');
    expect((await figures.post(staff, elsewhere)).status).toBe(403);
    expect(await findUnitRecord(unknown.clientId)).toBeUndefined();
    expect(await findUnitRecord(elsewhere.clientId)).toBeUndefined();
  });

  it('answers an entry of another kind’s id as not found', async () => {
    const post = aMediaPostRequest(campaignCode, tree.countyA.id);
    await posts.post(staff, post);

    const response = await figures.detail(staff, post.clientId);

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('RECORD_NOT_FOUND');
  });
});

describe('media posts', () => {
  it('stores a post, edits it with history, and deletes it', async () => {
    const request = aMediaPostRequest(campaignCode, tree.countyA.id);

    const created = await posts.post(marketing, request);
    const edited = await posts.put(staff, request.clientId, aRecordEdit(request, { outlet: 'website', title: '官网发布：守住钱袋子' }));
    const deleted = await posts.remove(colleague, request.clientId, { mutationId: randomUUID() });

    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ outlet: 'meipian', createdBy: marketing.employeeNo, unitName: tree.countyA.name });
    expect(edited.body).toMatchObject({ outlet: 'website', title: '官网发布：守住钱袋子', version: 2 });
    expect(deleted.body).toMatchObject({ version: 3, deletedAt: expect.any(String) });
    expect((await posts.list(marketing)).map((p) => p.id)).not.toContain(request.clientId);
  });

  it('lists posts of the caller’s subtree only, latest first', async () => {
    const older = aMediaPostRequest(campaignCode, tree.countyA.id, { publishedOn: '2026-03-14' });
    const newer = aMediaPostRequest(campaignCode, tree.countyA.id, { publishedOn: '2026-03-16' });
    await posts.post(staff, older);
    await posts.post(staff, newer);
    const other = await givenAccount({ role: 'staff', unitId: tree.countyB.id });

    const seen = (await posts.list(staff)).map((p) => p.id);

    expect(seen.indexOf(newer.clientId)).toBeLessThan(seen.indexOf(older.clientId));
    expect((await posts.list(other)).map((p) => p.id)).not.toContain(newer.clientId);
  });

  it('answers a resend with the stored post (200)', async () => {
    const request = aMediaPostRequest(campaignCode, tree.countyA.id);
    const first = await posts.post(staff, request);

    const again = await posts.post(staff, { ...request });

    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
  });

  it.each([
    ['a link that is not https', { url: 'http://www.example.cn/a' }],
    ['no link', { url: '' }],
    ['an unknown outlet', { outlet: 'weibo' }],
    ['a title too short', { title: '美' }],
    ['no publication day', { publishedOn: undefined }],
  ])('refuses %s with 400 and stores nothing', async (_case, changes) => {
    const request = { ...aMediaPostRequest(campaignCode, tree.countyA.id), ...changes };

    const response = await posts.post(staff, request);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: expect.any(String) } });
    expect(await findUnitRecord(request.clientId)).toBeUndefined();
  });

  it('refuses a bad edit with 400 and leaves the post as it was', async () => {
    const request = aMediaPostRequest(campaignCode, tree.countyA.id);
    await posts.post(staff, request);

    const response = await posts.put(staff, request.clientId, { ...aRecordEdit(request), url: 'ftp://x' });

    expect(response.status).toBe(400);
    expect((await findUnitRecord(request.clientId))?.version).toBe(1);
  });

  it('answers a malformed id as not found', async () => {
    const response = await posts.detail(staff, 'not-a-uuid');

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('RECORD_NOT_FOUND');
  });
});
