import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type { HttpHandler } from '../../functions/src/http/httpHandler';

export interface InvokeOptions {
  method?: string;
  /** API Gateway's route key, e.g. `GET /me` (default `$default`). */
  routeKey?: string;
  path?: string;
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string is sent as it is. */
  body?: unknown;
  /**
   * The event's body exactly as a gateway hands it over, instead of `body`: serverless-offline
   * passes null, 0 or false where API Gateway passes a string or nothing.
   */
  eventBody?: unknown;
  /** Caller details API Gateway adds, e.g. `{ http: { sourceIp } }`. */
  requestContext?: { http?: { sourceIp?: string }; requestId?: string };
  /**
   * What Lambda's context says is left of the function's timeout. Default 30 s (API Gateway's
   * limit), not a function's 10 s: a test process on two busy cores is far slower than Lambda
   * (a PNG QR code took over 9 s under load), and tests of the deadline itself pass their own.
   */
  remainingTimeMs?: number;
}

export interface InvokeResult {
  status: number;
  headers: Record<string, string>;
  body: any;
  rawBody: string;
}

/** Calls a real middy handler with an API Gateway HTTP API (v2) event, as Lambda would. */
export async function invoke(handler: HttpHandler, options: InvokeOptions = {}): Promise<InvokeResult> {
  const body = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  const headers = {
    ...(options.body !== undefined && typeof options.body !== 'string' ? { 'content-type': 'application/json' } : {}),
    ...options.headers,
  };
  const event = {
    version: '2.0',
    routeKey: options.routeKey ?? '$default',
    rawPath: options.path ?? '/',
    rawQueryString: new URLSearchParams(options.query ?? {}).toString(),
    headers,
    queryStringParameters: options.query,
    pathParameters: options.pathParameters,
    body: 'eventBody' in options ? options.eventBody : body,
    isBase64Encoded: false,
    requestContext: {
      http: {
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        protocol: 'HTTP/1.1',
        sourceIp: options.requestContext?.http?.sourceIp ?? '127.0.0.1',
        userAgent: 'jest',
      },
      requestId: options.requestContext?.requestId ?? 'test',
      timeEpoch: Date.now(),
    },
  } as unknown as APIGatewayProxyEventV2;
  const deadline = Date.now() + (options.remainingTimeMs ?? 30_000);
  const context = {
    functionName: 'test',
    awsRequestId: randomUUID(),
    getRemainingTimeInMillis: () => deadline - Date.now(),
  } as unknown as Context;
  const result = await handler(event, context);
  const rawBody = result.body ?? '';
  const contentType = String(result.headers?.['Content-Type'] ?? result.headers?.['content-type'] ?? '');
  return {
    status: result.statusCode ?? 200,
    headers: Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)])),
    body: contentType.startsWith('application/json') ? JSON.parse(rawBody) : rawBody,
    rawBody,
  };
}
