import { AppError } from '../errors';
import { httpHandler } from '../http/httpHandler';

/** Any other route — public: answers 404 in the API's error shape. */
export const handler = httpHandler({ access: 'public' }, async ({ event }) => {
  throw new AppError('ROUTE_NOT_FOUND', `No route for ${event.requestContext?.http?.method ?? ''} ${event.rawPath ?? ''}`.trim());
});
