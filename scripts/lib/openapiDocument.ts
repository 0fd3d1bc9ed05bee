import {
  OpenAPIRegistry,
  OpenApiGeneratorV31,
  type ResponseConfig,
  type RouteConfig,
  zodToOpenAPIRegistry,
} from '@asteasolutions/zod-to-openapi';
import * as shared from '@rights-outreach/shared';
import { type Access, api, type Endpoint, isFileResponse, isNoContent, jsonSchemaOf } from '@rights-outreach/shared';
import * as z from 'zod';

/**
 * docs/openapi.json, made from the API contract (shared/src/contract) by zod-to-openapi:
 * every endpoint with its access, path, query and body, and every answer's schema. Written by
 * `npm run openapi`; a unit test fails when the committed file is stale.
 */
export function openapiDocument(): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  nameSharedSchemas();
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'staffToken', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'A staff token from POST /auth/login or /auth/wechat/login (8 hours)',
  });
  for (const [name, endpoint] of Object.entries(api) as Array<[string, Endpoint]>) {
    registry.registerPath(routeOf(name, endpoint));
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: '消保宣传通 API (rights-outreach)',
      version: '1',
      description:
        'Generated from shared/src/contract by `npm run openapi`; do not edit by hand. Who may call what and what each answer means: docs/api.md.',
    },
    servers: [{ url: '/', description: 'The API host (in H5, the same origin under /api)' }],
  });
}

/** `{ error: { code, message } }`, every error's body (shared/src/errors.ts). */
const ErrorBodySchema = z.object({
  error: z.object({ code: z.enum(Object.keys(shared.errorCatalogue) as [shared.ErrorCode]), message: z.string() }),
});
zodToOpenAPIRegistry.add(ErrorBodySchema, { _internal: { refId: 'ErrorBody' } });

/**
 * Every zod schema shared/ exports becomes a named component (`MaterialSchema` → `Material`;
 * a schema exported under several names takes the shortest: `Material`, not its alias
 * `CreateMaterialRequest`). The names are set in zod-to-openapi's own registry, keyed by the
 * very schema objects the contract nests, so shared/ needs neither `.openapi()` nor the
 * library, and the mini-program does not carry it.
 */
function nameSharedSchemas(): void {
  const names = new Map<z.ZodType, string>();
  for (const [exportName, value] of Object.entries(shared)) {
    if (!(value instanceof z.ZodType) || !exportName.endsWith('Schema')) continue;
    const name = exportName.slice(0, -'Schema'.length);
    const known = names.get(value);
    if (known === undefined || name.length < known.length) names.set(value, name);
  }
  for (const [schema, refId] of names) if (!zodToOpenAPIRegistry.has(schema)) zodToOpenAPIRegistry.add(schema, { _internal: { refId } });
}

function routeOf(name: string, endpoint: Endpoint): RouteConfig {
  const params = endpoint.params
    ? z.object(Object.fromEntries(Object.entries(endpoint.params).map(([key, param]) => [key, param.schema])))
    : undefined;
  const responses: Record<string, ResponseConfig> = {};
  for (const [status, spec] of Object.entries(endpoint.responses)) {
    const schema = jsonSchemaOf(spec);
    if (schema) responses[status] = { description: statusText(Number(status)), content: { 'application/json': { schema } } };
    else if (isFileResponse(spec)) {
      responses[status] = {
        description: spec.description,
        content: Object.fromEntries(spec.file.map((type) => [type, { schema: z.string().meta({ format: 'binary' }) }])),
      };
    } else if (isNoContent(spec)) responses[status] = { description: spec.description };
  }
  responses.default = {
    description: 'An error: the code says what went wrong (docs/api.md)',
    content: { 'application/json': { schema: ErrorBodySchema } },
  };
  return {
    method: endpoint.method.toLowerCase() as RouteConfig['method'],
    path: endpoint.path,
    operationId: name,
    summary: endpoint.summary,
    description: describeAccess(endpoint.access),
    tags: [endpoint.path.split('/')[1]!],
    ...(typeof endpoint.access === 'string' ? {} : { security: [{ staffToken: [] }] }),
    request: {
      ...(params ? { params } : {}),
      ...(endpoint.query ? { query: endpoint.query as z.ZodObject } : {}),
      ...(endpoint.body ? { body: { required: true, content: { 'application/json': { schema: endpoint.body } } } } : {}),
    },
    responses,
    'x-access': typeof endpoint.access === 'string' ? endpoint.access : { roles: [...endpoint.access.roles] },
    ...(endpoint.body ? { 'x-max-body-bytes': endpoint.maxBodyBytes ?? 64 * 1024 } : {}),
  } as RouteConfig;
}

function describeAccess(access: Access): string {
  if (access === 'public') return 'Who may call: anyone.';
  if (access === 'visitor') return 'Who may call: anyone; the body names the person (device id, and in WeChat a visitor token).';
  return `Who may call: signed-in ${access.roles.join(', ')} (401 without a valid token, 403 with another role).`;
}

function statusText(status: number): string {
  return status === 201 ? 'Created' : status === 200 ? 'OK' : String(status);
}
