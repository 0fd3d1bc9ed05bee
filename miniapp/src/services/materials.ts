import type { Material } from '@rights-outreach/shared';
import { requestJson, segment } from './http';

function isMaterial(body: unknown): body is Material {
  const material = body as Partial<Material> | null;
  return typeof material?.title === 'string' && Array.isArray(material.sections);
}

/** One published material with its full text. Throws ApiError (e.g. MATERIAL_NOT_FOUND). */
export function getMaterial(id: string): Promise<Material> {
  return requestJson('GET', `/public/materials/${segment(id)}`, isMaterial);
}
