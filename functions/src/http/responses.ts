import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export type HttpResult = APIGatewayProxyStructuredResultV2;

declare const jsonBody: unique symbol;
/** A JSON answer that remembers (in its type only) what it carries, for httpHandler to check against the contract. */
export type JsonResult<Body> = HttpResult & { readonly [jsonBody]?: Body };

export function json<Body>(statusCode: number, body: Body, headers: Record<string, string> = {}): JsonResult<Body> {
  return {
    statusCode,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

export function binary(contentType: string, data: Buffer, headers: Record<string, string> = {}): HttpResult {
  return {
    statusCode: 200,
    headers: { 'Content-Type': contentType, ...headers },
    body: data.toString('base64'),
    isBase64Encoded: true,
  };
}

/**
 * A file to download. The name is given twice: ASCII for old clients, and UTF-8 (RFC 6266 /
 * 5987) for every current browser and WeChat, so a Chinese name arrives intact.
 */
export function attachment(contentType: string, fileName: string, data: Buffer): HttpResult {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return binary(contentType, data, {
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'Cache-Control': 'no-store',
  });
}
