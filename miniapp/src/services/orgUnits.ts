import type { CreateOrgUnitRequest, OrgUnit, UpdateOrgUnitRequest } from '@rights-outreach/shared';
import { requestJson, segment } from './http';

function isOrgUnit(body: unknown): body is OrgUnit {
  const unit = body as Partial<OrgUnit> | null;
  return typeof unit?.id === 'string' && typeof unit.name === 'string' && typeof unit.level === 'string';
}

function isOrgUnitList(body: unknown): body is { units: OrgUnit[] } {
  const list = (body as { units?: unknown } | null)?.units;
  return Array.isArray(list) && list.every(isOrgUnit);
}

/** The caller's subtree of org units (admin: all of them), parents before children. */
export async function listOrgUnits(): Promise<OrgUnit[]> {
  return (await requestJson('GET', '/org-units', isOrgUnitList)).units;
}

/** Admin adds a unit under a parent. Throws ApiError (ALREADY_EXISTS when the id is taken). */
export function createOrgUnit(unit: CreateOrgUnitRequest): Promise<OrgUnit> {
  return requestJson('POST', '/org-units', isOrgUnit, unit);
}

/** Admin renames a unit; units are never moved. */
export function renameOrgUnit(id: string, change: UpdateOrgUnitRequest): Promise<OrgUnit> {
  return requestJson('PATCH', `/org-units/${segment(id)}`, isOrgUnit, change);
}
