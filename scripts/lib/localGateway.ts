import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { type ErrorBody, type ErrorCode, statusOf } from '@rights-outreach/shared';

/**
 * The local stand-in for API Gateway in front of serverless-offline. serverless-offline
 * differs from API Gateway in ways a client notices (README, "Running locally"); this evens them
 * out so a client sees locally what it would see on AWS, and every error in our shape:
 *
 * - a body without Content-Type: serverless-offline would fill in application/json and the
 *   handler would accept it; API Gateway passes no type, and our handler answers 415. Here the
 *   body goes on as application/octet-stream (what RFC 9110 lets a recipient assume), so the
 *   handler's own check answers the same 415 UNSUPPORTED_MEDIA_TYPE;
 * - a handler that ran past its timeout: serverless-offline answers 200 with
 *   `{"errorMessage":"[504] - Lambda timeout."}`; here that is 503 SERVICE_UNAVAILABLE with
 *   Retry-After (our handlers answer 503 themselves a second before, unless the machine is too
 *   busy even for that); a handler that crashed is 500 INTERNAL without its stack trace;
 * - bad percent-encoding in the path, a body over API Gateway's 10 MB, and any other error
 *   hapi answers itself (`{"statusCode":400,"error":"Bad Request"}`): our shape and code.
 */
export interface LocalGateway {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

/** API Gateway's (HTTP API) payload limit. */
export const gatewayMaxBodyBytes = 10 * 1024 * 1024;
const retryAfterSeconds = '5';

export async function startLocalGateway(options: { port: number; upstreamUrl: string }): Promise<LocalGateway> {
  const upstream = new URL(options.upstreamUrl);
  const server = createServer((req, res) => {
    void forward(req, res, upstream).catch(() => {
      if (!res.headersSent) answerError(res, 'SERVICE_UNAVAILABLE', 'The API is not reachable');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${options.port}`,
    server,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function forward(req: IncomingMessage, res: ServerResponse, upstream: URL): Promise<void> {
  const path = req.url ?? '/';
  if (!decodablePath(path)) {
    req.resume();
    answerError(res, 'VALIDATION_FAILED', 'The request path is not valid percent-encoding');
    return;
  }
  const body = await readBody(req);
  if (body === 'too large') {
    answerError(res, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${gatewayMaxBodyBytes} bytes`);
    return;
  }

  const headers: IncomingHttpHeaders = { ...req.headers, host: upstream.host, 'content-length': String(body.length) };
  delete headers['transfer-encoding'];
  delete headers.connection;
  if (body.length > 0 && !headers['content-type']) headers['content-type'] = 'application/octet-stream';

  const answer = await new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const outgoing = httpRequest({ hostname: upstream.hostname, port: upstream.port, method: req.method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });

  const replaced = replacement(answer.status, answer.headers, answer.body);
  if (replaced) {
    answerError(res, replaced.code, replaced.message);
    return;
  }
  const outHeaders: Record<string, string | string[] | undefined> = { ...answer.headers, 'content-length': String(answer.body.length) };
  delete outHeaders['transfer-encoding'];
  delete outHeaders.connection;
  delete outHeaders['keep-alive'];
  res.writeHead(answer.status, outHeaders);
  res.end(answer.body);
}

function decodablePath(url: string): boolean {
  try {
    decodeURIComponent(url.split('?')[0]!);
    return true;
  } catch {
    return false;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too large'> {
  if (Number(req.headers['content-length'] ?? 0) > gatewayMaxBodyBytes) {
    req.resume();
    return Promise.resolve('too large');
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= gatewayMaxBodyBytes) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > gatewayMaxBodyBytes ? 'too large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * What an answer that is not ours becomes: serverless-offline's Lambda errors and hapi's own
 * error bodies. Our answers (`{ error: { code, message } }`, or anything not JSON) pass as they are.
 */
export function replacement(status: number, headers: IncomingHttpHeaders, body: Buffer): { code: ErrorCode; message: string } | undefined {
  if (!String(headers['content-type'] ?? '').includes('json')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const value = parsed as { errorMessage?: unknown; errorType?: unknown; statusCode?: unknown; error?: unknown; message?: unknown };
  if (typeof value.errorMessage === 'string') {
    return /timeout/i.test(value.errorMessage)
      ? { code: 'SERVICE_UNAVAILABLE', message: 'The service is temporarily unavailable; retry later' }
      : { code: 'INTERNAL', message: 'Something went wrong on our side; retry later' };
  }
  if (typeof value.statusCode === 'number' && typeof value.error === 'string' && status >= 400) {
    return { code: codeForHapiStatus(status), message: typeof value.message === 'string' && status < 500 ? value.message : value.error };
  }
  return undefined;
}

function codeForHapiStatus(status: number): ErrorCode {
  if (status === 404) return 'ROUTE_NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
  if (status >= 500) return 'INTERNAL';
  return 'VALIDATION_FAILED';
}

function answerError(res: ServerResponse, code: ErrorCode, message: string): void {
  const body: ErrorBody = { error: { code, message } };
  res.writeHead(statusOf(code), {
    'Content-Type': 'application/json; charset=utf-8',
    'Access-Control-Allow-Origin': '*',
    ...(code === 'SERVICE_UNAVAILABLE' ? { 'Retry-After': retryAfterSeconds } : {}),
  });
  res.end(JSON.stringify(body));
}
