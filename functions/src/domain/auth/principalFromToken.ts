import type { Principal } from '../../auth/principal';
import { verifyToken } from '../../auth/tokens';
import { UnauthenticatedError } from '../../errors';
import { findAccount } from '../../repository/accountRepository';
import { findOrgUnit } from '../../repository/orgRepository';

/**
 * Who a bearer token speaks for, loaded fresh: a disabled account, a reset password or a
 * changed role or unit takes effect on the next request, not when the token expires.
 */
export async function principalFromToken(token: string, secret: string): Promise<Principal> {
  const claims = await verifyToken(token, secret);
  if (!claims) throw new UnauthenticatedError();
  const account = await findAccount(claims.employeeNo);
  if (!account || account.disabled || account.tokenVersion !== claims.tokenVersion) throw new UnauthenticatedError();
  const unit = await findOrgUnit(account.unitId);
  if (!unit) throw new UnauthenticatedError('The account belongs to no known org unit');
  return { employeeNo: account.employeeNo, name: account.name, role: account.role, unitId: unit.id, unitPath: unit.path };
}
