import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { PayloadTooLargeError } from '../../errors';

/** Rejects a body over `maxBytes` before anything parses it. */
export function bodySizeLimit(maxBytes: number): MiddlewareObj<APIGatewayProxyEventV2> {
  const bodySizeLimitBefore = async (request: { event: APIGatewayProxyEventV2 }) => {
    const { body, isBase64Encoded } = request.event as { body?: unknown; isBase64Encoded?: boolean };
    // API Gateway hands over a string or nothing. serverless-offline also hands over null, a
    // number or a boolean (it parses short JSON bodies itself): none of those can be large,
    // and the JSON step refuses them.
    if (typeof body !== 'string') return;
    const bytes = isBase64Encoded ? Buffer.byteLength(body, 'base64') : Buffer.byteLength(body, 'utf8');
    if (bytes > maxBytes) throw new PayloadTooLargeError(maxBytes);
  };
  return { before: bodySizeLimitBefore };
}
