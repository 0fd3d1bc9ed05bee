import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export type HttpResult = APIGatewayProxyStructuredResultV2;

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
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
