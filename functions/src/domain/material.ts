import type { Material } from '@rights-outreach/shared';
import { MaterialNotFoundError } from '../errors';
import { findMaterial } from '../repository/materialRepository';

/** A published material, whole, for its detail page. */
export async function getMaterial(id: string): Promise<Material> {
  const material = await findMaterial(id);
  if (!material) throw new MaterialNotFoundError(id);
  return material;
}
