import { join } from 'node:path';
import { closeDb } from '../../functions/src/repository/client';
import type { HttpHandler } from '../../functions/src/http/httpHandler';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { rawRequest } from '../support/rawRequest';
import { declaredRoutes } from '../support/routes';
import { startStack, type Stack } from '../support/stack';

/**
 * The API as `npm start` serves it (serverless-offline behind the local gateway), swept on
 * every route that takes a body with what a careless or hostile client sends: every answer is
 * a 4xx in our shape, the same as the handlers give on AWS (test/integration/badBodies.test.ts).
 */
const handlersDir = join(__dirname, '..', '..', 'functions', 'src', 'handlers');
const routes = declaredRoutes()
  .map((route) => ({ ...route, handler: require(join(handlersDir, route.handlerName)).handler as HttpHandler }))
  .filter((route) => route.handler.takesBody);

let stack: Stack;
const callers = new Map<string, TestAccount>();
beforeAll(async () => {
  stack = await startStack();
  const headOffice = (await givenOrgTree()).headOffice.id;
  for (const role of ['admin', 'marketing', 'staff'] as const) callers.set(role, await givenAccount({ role, unitId: headOffice }));
});
afterAll(async () => {
  await stack?.stop();
  closeDb();
});

function send(route: (typeof routes)[number], headers: Record<string, string>, body?: string) {
  const { access } = route.handler;
  const auth = typeof access === 'string' ? {} : bearer(callers.get(access.roles[0]!)!);
  return rawRequest(stack.apiUrl, {
    method: route.method,
    path: route.path.replace(/\{(\w+)\}/g, 'x'),
    headers: { ...auth, ...headers },
    body,
  });
}

const notAnObject = ['', 'null', '0', 'false', 'true', '"x"', '[]', '{"a":', 'x'];

it('answers every body that is not one JSON object with 400 MALFORMED_JSON, on every route that takes a body', async () => {
  const answers: string[] = [];
  for (const route of routes) {
    for (const body of notAnObject) {
      const answer = await send(route, { 'content-type': 'application/json' }, body);
      answers.push(`${route.method} ${route.path} ${JSON.stringify(body)} → ${answer.status} ${tryCode(answer.text)}`);
    }
  }
  expect(answers.filter((line) => !line.endsWith('→ 400 MALFORMED_JSON'))).toEqual([]);
});

it('answers a body without the JSON Content-Type with 415 UNSUPPORTED_MEDIA_TYPE, as API Gateway would', async () => {
  const answers: string[] = [];
  for (const route of routes) {
    for (const headers of [{}, { 'content-type': 'text/plain' }] as Array<Record<string, string>>) {
      const answer = await send(route, headers, '{}');
      answers.push(`${route.method} ${route.path} ${JSON.stringify(headers)} → ${answer.status} ${tryCode(answer.text)}`);
    }
  }
  expect(answers.filter((line) => !line.endsWith('→ 415 UNSUPPORTED_MEDIA_TYPE'))).toEqual([]);
});

it('answers bad percent-encoding, an unknown route and a body over 10 MB in our shape', async () => {
  const badPath = await rawRequest(stack.apiUrl, { path: '/events/%zz' });
  const unknown = await rawRequest(stack.apiUrl, { path: '/no/such/route' });
  const huge = await rawRequest(stack.apiUrl, {
    method: 'POST',
    path: '/public/beacons',
    headers: { 'content-type': 'application/json' },
    body: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20),
  });

  expect([badPath.status, tryCode(badPath.text)]).toEqual([400, 'VALIDATION_FAILED']);
  expect([unknown.status, tryCode(unknown.text)]).toEqual([404, 'ROUTE_NOT_FOUND']);
  expect([huge.status, tryCode(huge.text)]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
});

it('gives the same answers through the H5 app’s /api proxy', async () => {
  const answer = await rawRequest(stack.webUrl, { method: 'POST', path: '/api/public/feedback', body: '{}' });

  expect([answer.status, tryCode(answer.text)]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
});

function tryCode(text: string): string {
  try {
    return JSON.parse(text).error.code;
  } catch {
    return `not our shape: ${text.slice(0, 80)}`;
  }
}
