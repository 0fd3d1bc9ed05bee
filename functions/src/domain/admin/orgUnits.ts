import { type CreateOrgUnitRequest, mayBeChildOf, type OrgUnit } from '@rights-outreach/shared';
import type { Principal } from '../../auth/principal';
import { AlreadyExistsError, OrgUnitNotFoundError, ValidationError } from '../../errors';
import { findOrgUnit, listOrgUnitsUnder, putOrgUnitIfAbsent, renameOrgUnit } from '../../repository/orgRepository';

/** The caller's subtree (admin: the whole tree), parents before children. */
export async function listOrgUnits(principal: Principal): Promise<OrgUnit[]> {
  const units = await listOrgUnitsUnder(principal.role === 'admin' ? '/' : principal.unitPath);
  return units.map(({ path: _path, ...unit }) => unit);
}

/** Adds a unit below an existing parent of a higher level. Ids are permanent. */
export async function createOrgUnit(request: CreateOrgUnitRequest): Promise<OrgUnit> {
  let path = `/${request.id}/`;
  if (request.parentId) {
    const parent = await findOrgUnit(request.parentId);
    if (!parent) throw new ValidationError(`parentId: no org unit "${request.parentId}"`);
    if (!mayBeChildOf(request.level, parent.level)) {
      throw new ValidationError(`level: a ${request.level} cannot sit below a ${parent.level}`);
    }
    path = `${parent.path}${request.id}/`;
  }
  if (!(await putOrgUnitIfAbsent({ ...request, path }))) throw new AlreadyExistsError(`Org unit "${request.id}"`);
  return request;
}

export async function renameUnit(id: string, name: string): Promise<OrgUnit> {
  const unit = await renameOrgUnit(id, name);
  if (!unit) throw new OrgUnitNotFoundError(id);
  const { path: _path, ...view } = unit;
  return view;
}
