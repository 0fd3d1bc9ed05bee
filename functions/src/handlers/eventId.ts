import { ClientIdSchema } from '@rights-outreach/shared';
import { EventNotFoundError } from '../errors';

/** The {id} path parameter of the event endpoints: an id that could never exist is simply not found. */
export function eventIdFrom(pathParameters: Record<string, string | undefined>): string {
  const id = ClientIdSchema.safeParse(pathParameters.id);
  if (!id.success) throw new EventNotFoundError(String(pathParameters.id ?? ''));
  return id.data;
}
