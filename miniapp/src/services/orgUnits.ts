import type { CreateOrgUnitRequest, OrgUnit, UpdateOrgUnitRequest } from '@rights-outreach/shared';
import { callApi } from './api';

/** The caller's subtree of org units (admin: all of them), parents before children. */
export async function listOrgUnits(): Promise<OrgUnit[]> {
  return (await callApi('listOrgUnits')).units;
}

/** Admin adds a unit under a parent. Throws ApiError (ALREADY_EXISTS when the id is taken). */
export function createOrgUnit(unit: CreateOrgUnitRequest): Promise<OrgUnit> {
  return callApi('createOrgUnit', { body: unit });
}

/** Admin renames a unit; units are never moved. */
export function renameOrgUnit(id: string, change: UpdateOrgUnitRequest): Promise<OrgUnit> {
  return callApi('updateOrgUnit', { params: { id }, body: change });
}
