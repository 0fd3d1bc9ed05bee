import type { PublishedMaterial } from '@rights-outreach/shared';
import { MaterialNotFoundError } from '../errors';
import { findPublishedMaterial } from '../repository/materialRepository';

/** A published material, whole, for its detail page. */
export async function getMaterial(id: string): Promise<PublishedMaterial> {
  const material = await findPublishedMaterial(id);
  if (!material) throw new MaterialNotFoundError(id);
  return material;
}
