import { useEffect, useState } from 'react';
import { getSession, type Session } from '../../auth/session';
import { goToLogin } from '../navigation';

/**
 * The signed-in staff member, read when the page opens; without one, the login page opens
 * instead. The API checks every call again: this only saves a page of errors.
 */
export function useStaffSession(): Session | null {
  const [session] = useState(getSession);
  useEffect(() => {
    if (!session) goToLogin();
  }, [session]);
  return session;
}

/** Staff and admins log and change events; marketing reads. */
export function canWriteEvents(session: Session | null): boolean {
  return session?.account.role === 'staff' || session?.account.role === 'admin';
}
