import { createServer, type Server } from 'node:http';
import { freePort } from '../../scripts/lib/freePort';
import { gatewayMaxBodyBytes, startLocalGateway, type LocalGateway } from '../../scripts/lib/localGateway';
import { rawRequest } from '../support/rawRequest';

/**
 * The local gateway in front of serverless-offline, against a stand-in that answers the way
 * serverless-offline and hapi do: every answer reaches the client in our shape.
 */
let upstream: Server;
let gateway: LocalGateway;
const seen: Array<{ path: string; contentType?: string; bytes: number }> = [];

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({ path: req.url!, contentType: req.headers['content-type'], bytes: Buffer.concat(chunks).length });
      const jsonAnswer = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(body));
      };
      if (req.url === '/slow') return jsonAnswer(200, { errorMessage: '[504] - Lambda timeout.' });
      if (req.url === '/crash') return jsonAnswer(502, { errorMessage: 'boom', errorType: 'TypeError', stackTrace: ['at secret.js:1'] });
      if (req.url === '/hapi-413')
        return jsonAnswer(413, {
          statusCode: 413,
          error: 'Request Entity Too Large',
          message: 'Payload content length greater than maximum allowed',
        });
      if (req.url === '/ours') return jsonAnswer(404, { error: { code: 'EVENT_NOT_FOUND', message: 'No event' } });
      if (req.url === '/png') {
        res.writeHead(200, { 'content-type': 'image/png' });
        return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      }
      jsonAnswer(200, { ok: true });
    });
  });
  const upstreamPort = await freePort();
  await new Promise<void>((resolve) => upstream.listen(upstreamPort, '127.0.0.1', () => resolve()));
  gateway = await startLocalGateway({ port: await freePort(), upstreamUrl: `http://127.0.0.1:${upstreamPort}` });
});
afterAll(async () => {
  await gateway.stop();
  await new Promise((resolve) => upstream.close(resolve));
});

describe('the local gateway', () => {
  it('answers a Lambda timeout (serverless-offline: 200 with errorMessage) as 503 SERVICE_UNAVAILABLE with Retry-After', async () => {
    const answer = await rawRequest(gateway.url, { path: '/slow' });

    expect(answer.status).toBe(503);
    expect(answer.json()).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', message: expect.any(String) } });
    expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('answers a crashed handler as 500 INTERNAL without its stack trace', async () => {
    const answer = await rawRequest(gateway.url, { path: '/crash' });

    expect(answer.status).toBe(500);
    expect(answer.json().error.code).toBe('INTERNAL');
    expect(answer.text).not.toMatch(/boom|secret\.js|TypeError/);
  });

  it("turns hapi's own error bodies into ours", async () => {
    const answer = await rawRequest(gateway.url, { path: '/hapi-413' });

    expect(answer.status).toBe(413);
    expect(answer.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses bad percent-encoding in the path itself, in our shape', async () => {
    const answer = await rawRequest(gateway.url, { path: '/events/%zz' });

    expect(answer.status).toBe(400);
    expect(answer.json()).toEqual({ error: { code: 'VALIDATION_FAILED', message: expect.any(String) } });
  });

  it('refuses a body over API Gateway’s 10 MB with 413 PAYLOAD_TOO_LARGE', async () => {
    const answer = await rawRequest(gateway.url, {
      method: 'POST',
      path: '/big',
      headers: { 'content-type': 'application/json' },
      body: Buffer.alloc(gatewayMaxBodyBytes + 1, 0x20),
    });

    expect(answer.status).toBe(413);
    expect(answer.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(seen.map((s) => s.path)).not.toContain('/big');
  });

  it('passes a body without Content-Type on as application/octet-stream, so the handler’s own check applies', async () => {
    await rawRequest(gateway.url, { method: 'POST', path: '/untyped', body: '{"a":1}' });
    await rawRequest(gateway.url, { method: 'POST', path: '/typed', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });

    expect(seen.find((s) => s.path === '/untyped')).toEqual({ path: '/untyped', contentType: 'application/octet-stream', bytes: 7 });
    expect(seen.find((s) => s.path === '/typed')).toEqual({ path: '/typed', contentType: 'application/json', bytes: 7 });
  });

  it('passes our own answers and binary ones through unchanged', async () => {
    const ours = await rawRequest(gateway.url, { path: '/ours' });
    const png = await rawRequest(gateway.url, { path: '/png' });

    expect(ours.status).toBe(404);
    expect(ours.json()).toEqual({ error: { code: 'EVENT_NOT_FOUND', message: 'No event' } });
    expect(png.status).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
  });
});
