import type { Material } from '@rights-outreach/shared';
import { callPublicApi as callApi } from './publicApi';

/** One published material with its full text. Throws ApiError (e.g. MATERIAL_NOT_FOUND). */
export function getMaterial(id: string): Promise<Material> {
  return callApi('getMaterial', { params: { id } });
}
