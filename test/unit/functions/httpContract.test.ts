process.env.LOG_LEVEL = 'silent';
process.env.CHECK_RESPONSES = 'true';
import { endpoint, fileResponse, pathParam } from '@rights-outreach/shared';
import * as z from 'zod';
import { httpHandler } from '../../../functions/src/http/httpHandler';
import { binary, json } from '../../../functions/src/http/responses';
import { invoke } from '../../support/invoke';

/** A made-up endpoint: the server side of the contract, without any store. */
const echo = endpoint({
  method: 'POST',
  path: '/things/{code}',
  summary: 'test',
  access: 'public',
  params: { code: pathParam(z.string().regex(/^[a-z]{3}$/), 'CAMPAIGN_NOT_FOUND') },
  query: z.object({ n: z.coerce.number().int().min(1).optional() }).strict(),
  body: z.object({ name: z.string().min(1) }).strict(),
  responses: { 200: z.object({ code: z.string(), n: z.number(), name: z.string() }) },
});

const goodHandler = httpHandler(echo, async ({ params, query, body }) =>
  json(200, { code: params.code, n: query.n ?? 1, name: body.name }),
);
const send = (handler = goodHandler, options: { code?: string; query?: Record<string, string>; body?: unknown } = {}) =>
  invoke(handler, {
    method: 'POST',
    pathParameters: { code: options.code ?? 'abc' },
    query: options.query,
    body: options.body ?? { name: '甲' },
  });

describe('a handler made from its contract entry', () => {
  it('hands the handler its path, query and body parsed', async () => {
    const response = await send(goodHandler, { query: { n: '3' } });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ code: 'abc', n: 3, name: '甲' });
  });

  it('answers a path value that could never exist with the record’s 404', async () => {
    const response = await send(goodHandler, { code: 'NOPE' });

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('CAMPAIGN_NOT_FOUND');
  });

  it.each<Record<string, string>>([{ n: '0' }, { n: 'x' }, { other: '1' }])(
    'answers the query %j with 400 VALIDATION_FAILED',
    async (query) => {
      const response = await send(goodHandler, { query });

      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    },
  );

  it('answers a body that breaks its schema with 400 before looking at the path', async () => {
    const response = await send(goodHandler, { code: 'NOPE', body: { name: '' } });

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('an answer that breaks the contract (CHECK_RESPONSES=true)', () => {
  it('is a 500 INTERNAL, not the malformed body, when a field is missing', async () => {
    const broken = httpHandler(echo, async ({ params }) => json(200, { code: params.code } as never));

    const response = await send(broken);

    expect(response.status).toBe(500);
    expect(response.body).toEqual({ error: { code: 'INTERNAL', message: expect.any(String) } });
  });

  it('is a 500 when the status is not one the contract declares', async () => {
    const wrongStatus = httpHandler(echo, async () => json(201 as 200, { code: 'abc', n: 1, name: '甲' }));

    expect((await send(wrongStatus)).status).toBe(500);
  });
});

describe('a file answer (CHECK_RESPONSES=true)', () => {
  const image = endpoint({
    method: 'GET',
    path: '/image',
    summary: 'test',
    access: 'public',
    responses: { 200: fileResponse(['image/png'], 'An image') },
  });

  it('passes with a Content-Type its contract declares', async () => {
    const handler = httpHandler(image, async () => binary('image/png', Buffer.from('png')));

    expect((await invoke(handler)).status).toBe(200);
  });

  it('is a 500 with another Content-Type', async () => {
    const handler = httpHandler(image, async () => binary('image/svg+xml', Buffer.from('<svg/>')));

    expect((await invoke(handler)).status).toBe(500);
  });
});
