import { join } from 'node:path';
import type { HttpHandler } from '../../functions/src/http/httpHandler';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { invoke, type InvokeOptions } from '../support/invoke';
import { declaredRoutes } from '../support/routes';

/**
 * Every route that takes a body, fed every body a gateway can hand over that is not a JSON
 * object: each is a 4xx in our shape with one code per mistake, never a 500.
 */
const handlersDir = join(__dirname, '..', '..', 'functions', 'src', 'handlers');
const routes = declaredRoutes()
  .map((route) => ({ ...route, handler: require(join(handlersDir, route.handlerName)).handler as HttpHandler }))
  .filter((route) => route.handler.takesBody);

const json = { 'content-type': 'application/json' };
/** As API Gateway passes them: the raw text, or no body at all. */
const notAnObject: Array<[string, Partial<InvokeOptions>]> = [
  ['no body', { headers: json }],
  ['an empty body', { headers: json, body: '' }],
  ['null', { headers: json, body: 'null' }],
  ['0', { headers: json, body: '0' }],
  ['false', { headers: json, body: 'false' }],
  ['true', { headers: json, body: 'true' }],
  ['a string', { headers: json, body: '"x"' }],
  ['an array', { headers: json, body: '[]' }],
  ['broken JSON', { headers: json, body: '{"a":' }],
  ['bare text', { headers: json, body: 'x' }],
  // As serverless-offline passes them, after parsing short bodies itself.
  ['a null event body', { headers: json, eventBody: null }],
  ['a numeric event body', { headers: json, eventBody: 0 }],
  ['a boolean event body', { headers: json, eventBody: false }],
];
const wrongType: Array<[string, Partial<InvokeOptions>]> = [
  ['no Content-Type', { body: '{}' }],
  ['text/plain', { headers: { 'content-type': 'text/plain' }, body: '{}' }],
  ['a form', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' }],
];

let callers: Map<string, TestAccount>;
beforeAll(async () => {
  const headOffice = (await givenOrgTree()).headOffice.id;
  callers = new Map();
  for (const role of ['admin', 'marketing', 'staff'] as const) callers.set(role, await givenAccount({ role, unitId: headOffice }));
});

function call(route: (typeof routes)[number], options: Partial<InvokeOptions>) {
  const { access } = route.handler;
  const auth = typeof access === 'string' ? {} : bearer(callers.get(access.roles[0]!)!);
  return invoke(route.handler, {
    method: route.method,
    path: route.path.replace(/\{(\w+)\}/g, 'x'),
    pathParameters: Object.fromEntries([...route.path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1]!, 'x'])),
    ...options,
    headers: { ...auth, ...options.headers },
  });
}

it('covers every route that takes a body', () => {
  expect(routes.length).toBeGreaterThanOrEqual(19);
});

describe.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))('%s', (_, route) => {
  it('refuses any body that is not one JSON object with 400 MALFORMED_JSON', async () => {
    for (const [what, options] of notAnObject) {
      const response = await call(route, options);
      expect({ what, status: response.status, body: response.body }).toEqual({
        what,
        status: 400,
        body: { error: { code: 'MALFORMED_JSON', message: expect.any(String) } },
      });
    }
  });

  it('refuses a body without the JSON Content-Type with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    for (const [what, options] of wrongType) {
      const response = await call(route, options);
      expect({ what, status: response.status, code: response.body?.error?.code }).toEqual({
        what,
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
      });
    }
  });
});
