import type * as GetPublicCampaign from '../../functions/src/handlers/getPublicCampaign';
import type * as HttpHandler from '../../functions/src/http/httpHandler';
import type * as Client from '../../functions/src/repository/client';
import type * as Fixtures from '../support/fixtures';
import type * as Invoke from '../support/invoke';

/**
 * The functions as a fresh container loads them with LOG_LEVEL=INFO (the suite's own modules
 * were loaded silent): Powertools takes its level when the logger is made, and every invocation
 * goes back to it.
 */
function loadLoud() {
  const before = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = 'INFO';
  let modules: {
    getPublicCampaign: typeof GetPublicCampaign.handler;
    httpHandler: typeof HttpHandler.httpHandler;
    closeDb: typeof Client.closeDb;
    givenCampaign: typeof Fixtures.givenCampaign;
    invoke: typeof Invoke.invoke;
  };
  jest.isolateModules(() => {
    modules = {
      getPublicCampaign: require('../../functions/src/handlers/getPublicCampaign').handler,
      httpHandler: require('../../functions/src/http/httpHandler').httpHandler,
      closeDb: require('../../functions/src/repository/client').closeDb,
      givenCampaign: require('../support/fixtures').givenCampaign,
      invoke: require('../support/invoke').invoke,
    };
  });
  process.env.LOG_LEVEL = before;
  return modules!;
}

const { getPublicCampaign, httpHandler, closeDb, givenCampaign, invoke } = loadLoud();
afterAll(() => closeDb());

/**
 * The one structured line each request logs, as CloudWatch Logs would receive it: read from the
 * process's stdout and stderr (where Powertools' logger writes) while real handlers run.
 */
let lines: Array<Record<string, any>> = [];

function capture(stream: NodeJS.WriteStream) {
  return jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
    for (const text of String(chunk).split('\n')) {
      if (text.startsWith('{')) lines.push(JSON.parse(text));
    }
    return true;
  });
}

const requestLines = () => lines.filter((line) => line.message === 'request');

beforeEach(() => {
  lines = [];
  capture(process.stdout);
  capture(process.stderr);
});

afterEach(() => jest.restoreAllMocks());

// In this order: the first request of the file is the logger's cold start.
describe('the log line of a request', () => {
  it('gives route, status, duration, request id, correlation id and cold start, once per request', async () => {
    const { campaign } = await givenCampaign();

    const first = await invoke(getPublicCampaign, {
      routeKey: 'GET /public/campaigns/{code}',
      path: `/public/campaigns/${campaign.code}`,
      pathParameters: { code: campaign.code },
      headers: { 'x-correlation-id': 'scan-4711' },
    });
    const second = await invoke(getPublicCampaign, {
      routeKey: 'GET /public/campaigns/{code}',
      pathParameters: { code: campaign.code },
      requestContext: { requestId: 'apigw-request-1' },
    });

    expect([first.status, second.status]).toEqual([200, 200]);
    const [one, two, ...more] = requestLines();
    expect(more).toEqual([]);
    expect(one).toMatchObject({
      level: 'INFO',
      service: 'rights-outreach',
      route: 'GET /public/campaigns/{code}',
      method: 'GET',
      path: `/public/campaigns/${campaign.code}`,
      status: 200,
      correlation_id: 'scan-4711',
      cold_start: true,
      function_name: 'test',
      function_request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(one!.durationMs).toBeGreaterThanOrEqual(0);
    expect(one).not.toHaveProperty('errorCode');
    // Without the header, API Gateway's request id; and no key of the first request is left over.
    expect(two).toMatchObject({ correlation_id: 'apigw-request-1', cold_start: false, status: 200 });
    expect(two!.function_request_id).not.toBe(one!.function_request_id);
  });

  it("names an error answer's code", async () => {
    const response = await invoke(getPublicCampaign, {
      routeKey: 'GET /public/campaigns/{code}',
      pathParameters: { code: 'no-such-campaign' },
    });

    expect(response.status).toBe(404);
    expect(requestLines()).toEqual([
      expect.objectContaining({ level: 'INFO', status: 404, errorCode: 'CAMPAIGN_NOT_FOUND', route: 'GET /public/campaigns/{code}' }),
    ]);
  });

  it('logs an unexpected error with the error itself, which the caller never sees', async () => {
    const broken = { method: 'GET', path: '/broken', summary: 'test', access: 'public', responses: {} } as const;
    const failing = httpHandler(broken, async () => {
      throw new Error('the disk is on fire');
    });

    const response = await invoke(failing, { routeKey: 'GET /broken' });

    expect(response.status).toBe(500);
    expect(response.rawBody).not.toContain('disk');
    const [line, ...more] = requestLines();
    expect(more).toEqual([]);
    expect(line).toMatchObject({
      level: 'ERROR',
      route: 'GET /broken',
      status: 500,
      errorCode: 'INTERNAL',
      error: { name: 'Error', message: 'the disk is on fire', stack: expect.any(String) },
    });
  });
});
