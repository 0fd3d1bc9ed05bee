import type { Material } from '@rights-outreach/shared';
import { callApi } from './api';

/** One published material with its full text. Throws ApiError (e.g. MATERIAL_NOT_FOUND). */
export function getMaterial(id: string): Promise<Material> {
  return callApi('getMaterial', { params: { id } });
}
