process.env.LOG_LEVEL = 'silent';
import { endpoint } from '@rights-outreach/shared';
import * as z from 'zod';
import { httpHandler, timeoutEarlyMs } from '../../../functions/src/http/httpHandler';
import { json } from '../../../functions/src/http/responses';
import { invoke } from '../../support/invoke';

const done = endpoint({
  method: 'GET',
  path: '/done',
  summary: 'test',
  access: 'public',
  responses: { 200: z.object({ done: z.boolean() }) },
});

describe('a handler near its function timeout', () => {
  it('answers 503 SERVICE_UNAVAILABLE with Retry-After instead of running out of time', async () => {
    let release: () => void = () => undefined;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    const handler = httpHandler(done, async () => {
      await stuck;
      return json(200, { done: true });
    });

    const response = await invoke(handler, { remainingTimeMs: timeoutEarlyMs + 200 });
    release();

    expect(response.status).toBe(503);
    expect(response.body).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', message: expect.any(String) } });
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('answers normally when the work is done in time', async () => {
    const handler = httpHandler(done, async () => json(200, { done: true }));

    const response = await invoke(handler, { remainingTimeMs: timeoutEarlyMs + 200 });

    expect(response.status).toBe(200);
  });
});
