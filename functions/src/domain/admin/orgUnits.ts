import { type CreateOrgUnitRequest, mayBeChildOf, type OrgUnit, type UpdateOrgUnitRequest } from '@rights-outreach/shared';
import type { Principal } from '../../auth/principal';
import { AlreadyExistsError, OrgUnitNotFoundError, ValidationError } from '../../errors';
import { findOrgUnit, listOrgUnitsUnder, putOrgUnitIfAbsent, updateOrgUnitRecord } from '../../repository/orgRepository';

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
  // A new unit of the lowest level is stored with its kind spelled out (营业柜面 unless said).
  const unit: OrgUnit = request.level === 'counter' ? { ...request, kind: request.kind ?? 'counter' } : request;
  if (!(await putOrgUnitIfAbsent({ ...unit, path }))) throw new AlreadyExistsError(`Org unit "${request.id}"`);
  return unit;
}

/** Renames a unit and, for one of the lowest level, sets its kind (营业柜面 / 营销职场). */
export async function updateUnit(id: string, request: UpdateOrgUnitRequest): Promise<OrgUnit> {
  const current = await findOrgUnit(id);
  if (!current) throw new OrgUnitNotFoundError(id);
  if (request.kind && current.level !== 'counter') throw new ValidationError('kind: only units of the lowest level have a kind');
  const unit = await updateOrgUnitRecord(id, request);
  if (!unit) throw new OrgUnitNotFoundError(id);
  const { path: _path, ...view } = unit;
  return view;
}
