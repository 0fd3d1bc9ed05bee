/**
 * Who may call an endpoint. Every handler states it; the route table test reads it.
 * `public`: anyone, no login (consumer-facing pages and beacons).
 */
export type Access = 'public';
