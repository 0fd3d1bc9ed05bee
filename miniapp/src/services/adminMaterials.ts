import type { AdminMaterialView, CreateMaterialRequest, UpdateMaterialRequest } from '@rights-outreach/shared';
import { ApiError } from './ApiError';
import { callApi } from './api';

/** Every material with its draft, status and published version (admin only). */
export async function listAdminMaterials(): Promise<AdminMaterialView[]> {
  return (await callApi('listMaterials')).materials;
}

/** One material for editing, from the list (the API has no single-material read for admin). */
export async function findAdminMaterial(id: string): Promise<AdminMaterialView> {
  const material = (await listAdminMaterials()).find((m) => m.id === id);
  if (!material) throw new ApiError('MATERIAL_NOT_FOUND', 404, `no material ${id}`);
  return material;
}

/** Admin creates a material as a draft. Throws ApiError (ALREADY_EXISTS when the id is taken). */
export function createMaterial(material: CreateMaterialRequest): Promise<AdminMaterialView> {
  return callApi('createMaterial', { body: material });
}

/** Admin replaces a material's draft; the published version stays what consumers see. */
export function updateMaterial(id: string, draft: UpdateMaterialRequest): Promise<AdminMaterialView> {
  return callApi('updateMaterial', { params: { id }, body: draft });
}

/**
 * Publishes the draft as the next version (or shows an unpublished material again).
 * Throws ApiError IDEMPOTENCY_CONFLICT when someone else published in between.
 */
export function publishMaterial(id: string): Promise<AdminMaterialView> {
  return callApi('publishMaterial', { params: { id } });
}

/** Hides a material from consumers; its versions and the figures counted under it stay. */
export function unpublishMaterial(id: string): Promise<AdminMaterialView> {
  return callApi('unpublishMaterial', { params: { id } });
}
