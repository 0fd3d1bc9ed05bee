import { randomUUID } from 'node:crypto';
import { handler as createEvent } from '../../functions/src/handlers/createEvent';
import { handler as deleteEvent } from '../../functions/src/handlers/deleteEvent';
import { handler as getEvent } from '../../functions/src/handlers/getEvent';
import { handler as getEventQr } from '../../functions/src/handlers/getEventQr';
import { handler as getEventTotals } from '../../functions/src/handlers/getEventTotals';
import { handler as getPublicEvent } from '../../functions/src/handlers/getPublicEvent';
import { handler as listEvents } from '../../functions/src/handlers/listEvents';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { handler as updateEvent } from '../../functions/src/handlers/updateEvent';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount } from '../support/accounts';
import { aBatch, aBeacon, aVisitorId, anEdit, anEventRequest, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';
import { aggregated } from '../support/aggregation';

let tree: OrgTree;
let staff: TestAccount;
let colleague: TestAccount;
let campaignCode: string;

beforeAll(async () => {
  tree = await givenOrgTree();
  [staff, colleague] = await Promise.all([
    givenAccount({ role: 'staff', unitId: tree.countyA.id }),
    givenAccount({ role: 'staff', unitId: tree.countyA.id }),
  ]);
  campaignCode = (await givenCampaign()).campaign.code;
});

const post = (account: TestAccount, body: unknown) =>
  invoke(createEvent, { method: 'POST', path: '/events', body, headers: bearer(account) });
const put = (account: TestAccount, id: string, body: unknown) =>
  invoke(updateEvent, { method: 'PUT', pathParameters: { id }, body, headers: bearer(account) });
const detail = (account: TestAccount, id: string) => invoke(getEvent, { pathParameters: { id }, headers: bearer(account) });
const list = (account: TestAccount, query: Record<string, string> = {}) =>
  invoke(listEvents, { query: { campaign: campaignCode, ...query }, headers: bearer(account) });

describe('logging events', () => {
  it('stores every field and names the unit', async () => {
    const request = anEventRequest(campaignCode, tree.countyA.id);

    const response = await post(staff, request);

    expect(response.status).toBe(201);
    const { clientId, ...fields } = request;
    expect(response.body).toMatchObject({ ...fields, id: clientId, version: 1, unitName: tree.countyA.name, createdBy: staff.employeeNo });
    expect(response.body).not.toHaveProperty('unitPath');
    expect(response.body).not.toHaveProperty('requestHash');
  });

  it('returns the stored event when the same record is sent again, and keeps one copy', async () => {
    const request = anEventRequest(campaignCode, tree.countyA.id);

    const first = await post(staff, request);
    const again = await post(staff, { ...request, targetGroups: [...request.targetGroups] });

    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const ids = (await list(staff)).body.events.map((e: { id: string }) => e.id);
    expect(ids.filter((id: string) => id === request.clientId)).toHaveLength(1);
  });

  it('refuses a different record under a used client id with 409 and changes nothing', async () => {
    const request = anEventRequest(campaignCode, tree.countyA.id);
    await post(staff, request);

    const response = await post(staff, { ...request, headcount: 999 });

    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('IDEMPOTENCY_CONFLICT');
    expect((await detail(staff, request.clientId)).body.event.headcount).toBe(request.headcount);
  });

  it('counts a create sent ten times at once as one event', async () => {
    const request = anEventRequest(campaignCode, tree.countyA.id);

    const responses = await Promise.all(Array.from({ length: 10 }, () => post(staff, request)));

    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect((await detail(staff, request.clientId)).body.history).toHaveLength(1);
  });

  it('refuses an event whose coverage minimum exceeds its maximum, writing nothing', async () => {
    const request = anEventRequest(campaignCode, tree.countyA.id, { coverage: { min: 2000, max: 1500 } });

    const response = await post(staff, request);

    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/coverage\.max/);
    expect((await detail(staff, request.clientId)).status).toBe(404);
  });

  it('refuses an event for an unknown campaign', async () => {
    const response = await post(staff, anEventRequest('no-such-campaign', tree.countyA.id));

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('CAMPAIGN_NOT_FOUND');
  });
});

describe('editing and deleting events', () => {
  it('applies an edit once and records who changed what in the history', async () => {
    const request = anEventRequest(campaignCode, tree.countyA.id);
    await post(staff, request);
    const edit = anEdit(request, { headcount: 120, notes: undefined });

    const response = await put(colleague, request.clientId, edit);
    const replay = await put(colleague, request.clientId, edit);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ headcount: 120, version: 2, updatedBy: colleague.employeeNo });
    expect(response.body).not.toHaveProperty('notes');
    expect(replay.body).toEqual(response.body);
    const { event, history } = (await detail(staff, request.clientId)).body;
    expect(history).toHaveLength(2);
    // Names beside the 工号, so staff see who it was.
    expect(event.createdByName).toBe('测试员工');
    expect(history[0].byName).toBe('测试员工');
    expect(history[1]).toMatchObject({
      version: 2,
      action: 'updated',
      by: colleague.employeeNo,
      byName: '测试员工',
      changes: [
        { field: 'headcount', from: 86, to: 120 },
        { field: 'notes', from: request.notes, to: null },
      ],
    });
  });

  it('refuses a different edit under a used mutation id with 409', async () => {
    const request = anEventRequest(campaignCode, tree.countyA.id);
    await post(staff, request);
    const edit = anEdit(request, { headcount: 120 });
    await put(staff, request.clientId, edit);

    const response = await put(staff, request.clientId, { ...edit, headcount: 121 });

    expect(response.status).toBe(409);
    expect((await detail(staff, request.clientId)).body.event.headcount).toBe(120);
  });

  it('soft-deletes an event for its creator: gone from lists and its public page, history kept', async () => {
    const request = anEventRequest(campaignCode, tree.countyA.id);
    await post(staff, request);

    const response = await invoke(deleteEvent, {
      method: 'POST',
      pathParameters: { id: request.clientId },
      body: { mutationId: randomUUID() },
      headers: bearer(staff),
    });

    expect(response.status).toBe(200);
    expect(response.body.deletedAt).toEqual(expect.any(String));
    expect((await list(staff)).body.events.map((e: { id: string }) => e.id)).not.toContain(request.clientId);
    expect((await invoke(getPublicEvent, { pathParameters: { id: request.clientId } })).status).toBe(404);
  });

  it('lets only the creator or an admin delete', async () => {
    const request = anEventRequest(campaignCode, tree.countyA.id);
    await post(staff, request);

    const response = await invoke(deleteEvent, {
      method: 'POST',
      pathParameters: { id: request.clientId },
      body: { mutationId: randomUUID() },
      headers: bearer(colleague),
    });

    expect(response.status).toBe(403);
    expect((await detail(staff, request.clientId)).body.event.deletedAt).toBeUndefined();
  });
});

describe('reading events', () => {
  it('lists newest first and filters to the caller’s own records on request', async () => {
    const older = anEventRequest(campaignCode, tree.countyA.id, { startAt: '2026-03-10T09:00:00+08:00' });
    const newer = anEventRequest(campaignCode, tree.countyA.id, { startAt: '2026-03-16T09:00:00+08:00' });
    const theirs = anEventRequest(campaignCode, tree.countyA.id, { startAt: '2026-03-12T09:00:00+08:00' });
    await post(staff, older);
    await post(staff, newer);
    await post(colleague, theirs);

    const all = (await list(staff)).body.events.map((e: { id: string }) => e.id);
    const mine = (await list(staff, { mine: 'true' })).body.events.map((e: { id: string }) => e.id);

    expect(all.indexOf(newer.clientId)).toBeLessThan(all.indexOf(theirs.clientId));
    expect(all.indexOf(theirs.clientId)).toBeLessThan(all.indexOf(older.clientId));
    expect(mine).toContain(older.clientId);
    expect(mine).not.toContain(theirs.clientId);
  });

  it('needs a campaign to list events', async () => {
    const response = await invoke(listEvents, { query: {}, headers: bearer(staff) });

    expect(response.status).toBe(400);
  });

  it('serves the event QR code encoding the landing link tagged with the event', async () => {
    const request = anEventRequest(campaignCode, tree.countyA.id);
    await post(staff, request);

    const response = await invoke(getEventQr, {
      pathParameters: { id: request.clientId },
      query: { format: 'svg' },
      headers: bearer(staff),
    });

    expect(response.status).toBe(200);
    expect(response.headers['x-landing-url']).toBe(
      `https://outreach.test/pages/landing/index?c=${campaignCode}&s=event&e=${request.clientId}`,
    );
  });

  it('shows the public what the event is, without staff details', async () => {
    const request = anEventRequest(campaignCode, tree.countyA.id);
    await post(staff, request);

    const response = await invoke(getPublicEvent, { pathParameters: { id: request.clientId } });

    expect(response.body).toEqual({
      id: request.clientId,
      campaignCode,
      title: request.title,
      type: request.type,
      placeName: request.placeName,
      startAt: request.startAt,
      unitName: tree.countyA.name,
    });
  });
});

describe('verified attendance at an event', () => {
  it('counts distinct people who check in, however often they tap, and attributes views to the event', async () => {
    const request = anEventRequest(campaignCode, tree.countyA.id);
    await post(staff, request);
    const eventId = request.clientId;
    const grandma = aVisitorId();
    const grandson = aVisitorId();
    const send = (visitorId: string, kinds: Array<'view' | 'checkin'>) =>
      invoke(recordBeacons, {
        method: 'POST',
        body: aBatch(
          campaignCode,
          kinds.map((kind) => aBeacon({ kind })),
          { visitorId, eventId, source: 'event' },
        ),
      });

    await send(grandma, ['view', 'checkin']);
    await send(grandma, ['checkin']);
    await send(grandson, ['view', 'checkin', 'checkin']);

    await aggregated();
    const totals = await invoke(getEventTotals, { pathParameters: { id: eventId }, headers: bearer(staff) });
    expect(totals.body).toEqual({ eventId, totals: expect.objectContaining({ views: 2, visitors: 2, checkins: 2 }) });
  });

  it('refuses a check-in for a deleted event', async () => {
    const request = anEventRequest(campaignCode, tree.countyA.id);
    await post(staff, request);
    await invoke(deleteEvent, {
      method: 'POST',
      pathParameters: { id: request.clientId },
      body: { mutationId: randomUUID() },
      headers: bearer(staff),
    });

    const response = await invoke(recordBeacons, {
      method: 'POST',
      body: aBatch(campaignCode, [aBeacon({ kind: 'checkin' })], { eventId: request.clientId }),
    });

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('EVENT_NOT_FOUND');
  });

  it('refuses a check-in without an event', async () => {
    const response = await invoke(recordBeacons, { method: 'POST', body: aBatch(campaignCode, [aBeacon({ kind: 'checkin' })]) });

    expect(response.status).toBe(400);
  });
});
