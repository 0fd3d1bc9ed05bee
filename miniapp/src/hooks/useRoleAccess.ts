import { useEffect, useState } from 'react';
import type { Role } from '@rights-outreach/shared';
import { goToLogin } from '../auth/navigation';
import { getSession, type Session } from '../auth/session';

export type RoleAccess =
  | { kind: 'allowed'; session: Session }
  /** Signed in, but in a role the area is not for: the page is refused. */
  | { kind: 'forbidden'; session: Session }
  | { kind: 'signedOut' };

function readAccess(roles: readonly Role[]): RoleAccess {
  const session = getSession();
  if (!session) return { kind: 'signedOut' };
  return roles.includes(session.account.role) ? { kind: 'allowed', session } : { kind: 'forbidden', session };
}

/**
 * Who may see a page of a signed-in area (admin, dashboard), read once when the page opens;
 * a signed-out visitor is sent to the login page. The API checks the role again on every
 * call: this only spares someone in the wrong role a page of errors.
 */
export function useRoleAccess(roles: readonly Role[]): RoleAccess {
  const [access] = useState(() => readAccess(roles));
  useEffect(() => {
    if (access.kind === 'signedOut') goToLogin();
  }, [access.kind]);
  return access;
}
