import type { Role } from '@rights-outreach/shared';

/** The signed-in staff member a request acts for, as loaded fresh from the store. */
export interface Principal {
  employeeNo: string;
  name: string;
  role: Role;
  unitId: string;
  /** `/hq/gd/gd-gz/`: the unit and its ancestors; the caller's scope is everything under it. */
  unitPath: string;
}

/** Whether a unit (by its path) lies in the principal's subtree. */
export function inScope(principal: Principal, unitPath: string): boolean {
  return principal.role === 'admin' || unitPath.startsWith(principal.unitPath);
}
