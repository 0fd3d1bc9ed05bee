import { endpoint } from '@rights-outreach/shared';
import { AppError } from '../errors';
import { httpHandler } from '../http/httpHandler';

/** Not in the API contract: serverless.yml's catch-all route (`*`), for anything else. */
const anyOtherRoute = endpoint({ method: 'GET', path: '/{proxy+}', summary: 'Any other route', access: 'public', responses: {} });

/** Any other route — public: answers 404 in the API's error shape. */
export const handler = httpHandler(anyOtherRoute, async ({ event }) => {
  throw new AppError('ROUTE_NOT_FOUND', `No route for ${event.requestContext?.http?.method ?? ''} ${event.rawPath ?? ''}`.trim());
});
