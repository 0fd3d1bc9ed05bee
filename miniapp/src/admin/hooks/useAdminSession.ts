import { useEffect, useState } from 'react';
import { getSession, type Session } from '../../auth/session';
import { goLogin } from '../navigation';

export type AdminAccess =
  | { kind: 'admin'; session: Session }
  /** Signed in, but not as an admin: the page is refused. */
  | { kind: 'forbidden'; session: Session }
  | { kind: 'signedOut' };

function readAccess(): AdminAccess {
  const session = getSession();
  if (!session) return { kind: 'signedOut' };
  return session.account.role === 'admin' ? { kind: 'admin', session } : { kind: 'forbidden', session };
}

/**
 * Who may see an admin page, read once when the page opens; a signed-out visitor is sent
 * to the login page. The API checks the role again on every call: this only spares a
 * staff member a page of errors.
 */
export function useAdminSession(): AdminAccess {
  const [access] = useState(readAccess);
  useEffect(() => {
    if (access.kind === 'signedOut') goLogin();
  }, [access.kind]);
  return access;
}
