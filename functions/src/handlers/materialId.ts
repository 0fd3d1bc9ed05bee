import { MaterialIdSchema } from '@rights-outreach/shared';
import { MaterialNotFoundError } from '../errors';

/** The `{id}` path parameter as a material id; anything else cannot name a material. */
export function materialIdFrom(pathParameters: Record<string, string | undefined>): string {
  const id = MaterialIdSchema.safeParse(pathParameters.id);
  if (!id.success) throw new MaterialNotFoundError(String(pathParameters.id ?? ''));
  return id.data;
}
