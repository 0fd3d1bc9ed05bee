import type { MiddlewareObj, Request } from '@middy/core';
import type { Access } from '@rights-outreach/shared';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type { Principal } from '../../auth/principal';
import { principalFromToken } from '../../domain/auth/principalFromToken';
import { ForbiddenError, UnauthenticatedError } from '../../errors';
import { getSecret } from '../../secrets';

export type AuthenticatedContext = Context & { principal?: Principal };

/**
 * Enforces an endpoint's declared access: public and visitor endpoints pass (a visitor's
 * token is in the body, checked by the domain); others need a valid bearer token
 * (401 UNAUTHENTICATED) of an account whose role is allowed (403 FORBIDDEN).
 */
export function authenticate(access: Access): MiddlewareObj<APIGatewayProxyEventV2, unknown, Error, AuthenticatedContext> {
  const authenticateBefore = async (request: Request<APIGatewayProxyEventV2, unknown, Error, AuthenticatedContext>) => {
    if (typeof access === 'string') return; // public, or a visitor named by a token in the body
    const header = request.event.headers?.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthenticatedError();
    const principal = await principalFromToken(match[1]!, await getSecret('authTokenSecret'));
    if (!access.roles.includes(principal.role)) {
      throw new ForbiddenError(`This needs one of the roles: ${access.roles.join(', ')}`);
    }
    request.context.principal = principal;
  };
  return { before: authenticateBefore };
}
