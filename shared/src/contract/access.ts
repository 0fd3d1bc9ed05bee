import type { Access } from './endpoint';

/** Every signed-in role. */
export const signedIn = { roles: ['admin', 'marketing', 'staff'] } as const satisfies Access;
export const adminOnly = { roles: ['admin'] } as const satisfies Access;
/** Who logs and edits events. */
export const eventWriters = { roles: ['admin', 'staff'] } as const satisfies Access;
/** Who reads figures and reports. */
export const reporters = { roles: ['admin', 'marketing'] } as const satisfies Access;
/** Who enters and edits platform figures and media posts (staff and marketing of the unit's subtree). */
export const recordWriters = { roles: ['admin', 'marketing', 'staff'] } as const satisfies Access;
