import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type { z } from 'zod';
import type { Access } from './access';
import { bodySizeLimit } from './middleware/bodySizeLimit';
import { errorResponse } from './middleware/errorResponse';
import { validateBody } from './middleware/validateBody';
import type { HttpResult } from './responses';

const defaultMaxBodyBytes = 64 * 1024;

export interface RequestInput<Body> {
  event: APIGatewayProxyEventV2;
  body: Body;
  pathParameters: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
}

interface HandlerOptions<Schema extends z.ZodType | undefined> {
  /** Who may call this endpoint (see access.ts). */
  access: Access;
  /** The shared zod schema of the JSON body, for endpoints that take one. */
  body?: Schema;
  maxBodyBytes?: number;
}

export type HttpHandler = ((event: APIGatewayProxyEventV2, context: Context) => Promise<HttpResult>) & {
  access: Access;
};

/**
 * The one middy chain every endpoint uses: normalize headers, limit and parse the body,
 * validate it with its shared schema, run the endpoint, answer errors in one shape.
 */
export function httpHandler<Schema extends z.ZodType | undefined = undefined>(
  options: HandlerOptions<Schema>,
  run: (input: RequestInput<Schema extends z.ZodType ? z.infer<Schema> : undefined>) => Promise<HttpResult>,
): HttpHandler {
  const chain = middy<APIGatewayProxyEventV2, HttpResult>()
    .use(httpHeaderNormalizer())
    .use(httpCors({ origin: '*', methods: 'GET,POST,OPTIONS' }))
    .use(errorResponse());
  if (options.body) {
    chain
      .use(bodySizeLimit(options.maxBodyBytes ?? defaultMaxBodyBytes))
      .use(httpJsonBodyParser())
      .use(validateBody(options.body) as never);
  }
  const handler = chain.handler(async (event) =>
    run({
      event,
      body: event.body as never,
      pathParameters: event.pathParameters ?? {},
      query: event.queryStringParameters ?? {},
    }),
  );
  return Object.assign(handler as unknown as HttpHandler, { access: options.access });
}
