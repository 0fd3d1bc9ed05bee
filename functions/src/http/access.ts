import type { Role } from '@rights-outreach/shared';

/**
 * Who may call an endpoint. Every handler states it; the role-matrix test reads it.
 * `public`: anyone, no sign-in (consumer pages, beacons, sign-in itself).
 * `{ roles }`: a signed-in staff member with one of these roles. Which units they may act
 * on (their subtree) is checked by the domain, which knows the unit of the record.
 */
export type Access = 'public' | { roles: readonly Role[] };

export const signedIn = { roles: ['admin', 'marketing', 'staff'] } as const satisfies Access;
export const adminOnly = { roles: ['admin'] } as const satisfies Access;
export const eventWriters = { roles: ['admin', 'staff'] } as const satisfies Access;
export const reporters = { roles: ['admin', 'marketing'] } as const satisfies Access;
