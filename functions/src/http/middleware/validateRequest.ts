import type { MiddlewareObj } from '@middy/core';
import { describeIssues, type Endpoint } from '@rights-outreach/shared';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { AppError, ValidationError } from '../../errors';

/** The parsed path parameters and query, where the handler reads them. */
export interface ValidatedRequest {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
}

export type ValidatedEvent = APIGatewayProxyEventV2 & { validated?: ValidatedRequest };

/**
 * Checks the path parameters and the query string with the endpoint's contract. A path value
 * that could never name a record is that record's 404; a bad or unknown query parameter is 400.
 */
export function validateRequest(endpoint: Endpoint): MiddlewareObj<ValidatedEvent> {
  const validateRequestBefore = async (request: { event: ValidatedEvent }) => {
    const given = request.event.pathParameters ?? {};
    const params: Record<string, unknown> = {};
    for (const [name, param] of Object.entries(endpoint.params ?? {})) {
      const parsed = param.schema.safeParse(given[name]);
      if (!parsed.success) throw new AppError(param.notFound, `Nothing has the ${name} "${String(given[name] ?? '')}"`);
      params[name] = parsed.data;
    }
    let query: Record<string, unknown> = {};
    if (endpoint.query) {
      const parsed = endpoint.query.safeParse(request.event.queryStringParameters ?? {});
      if (!parsed.success) throw new ValidationError(describeIssues(parsed.error, 'query'));
      query = parsed.data as Record<string, unknown>;
    }
    request.event.validated = { params, query };
  };
  return { before: validateRequestBefore };
}
