import { claimMarkers } from '../../functions/src/repository/aggregationRepository';
import { scanByKeyPrefix } from '../../functions/src/repository/tableOps';
import { markSeedApplied, seedApplied } from '../../functions/src/repository/seedRepository';
import type { PersonClaims } from '../../functions/src/domain/aggregation/planDeltas';

const upgradeName = 'counting-v2';
/** Owner of distinct counts made by the first engine: never a beacon id, so never counted again. */
export const firstEngineOwner = 'engine-v1';

/**
 * Brings a table counted by the first engine (a marker item per person and bucket) to the
 * stream aggregator's records (one per person and campaign), once. The counters keep their
 * layout and values; each person's markers become claims owned by `engine-v1`, so nobody
 * counted before is counted again. Safe to run again: claims are only added where absent.
 */
export async function upgradeCounting(): Promise<string> {
  if (await seedApplied(upgradeName)) return 'up to date';
  const people = new Map<string, PersonClaims>();
  // A marker without an expiry still needs its person record to outlive the beacon TTL.
  const fallbackExpiry = Math.floor(Date.now() / 1000) + 400 * 86_400;
  let markers = 0;
  await scanByKeyPrefix('MARKER#', (item) => {
    const parsed = parseFirstEngineMarker(String(item.pk));
    if (!parsed) return;
    markers++;
    const id = `${parsed.campaignCode}|${parsed.personHash}`;
    const person = people.get(id) ?? { campaignCode: parsed.campaignCode, personHash: parsed.personHash, claims: new Map(), expiresAt: 0 };
    person.claims.set(parsed.markerId, firstEngineOwner);
    person.expiresAt = Math.max(person.expiresAt, Number(item.ttl ?? 0), fallbackExpiry);
    people.set(id, person);
  });
  await claimMarkers([...people.values()]);
  await markSeedApplied(upgradeName, new Date());
  return markers === 0 ? 'new table' : `upgraded ${markers} markers of ${people.size} people`;
}

/** `MARKER#<kind>#<campaign>#<bucket id>#<person>[#<event>]` → the claim it stands for. */
export function parseFirstEngineMarker(pk: string): { campaignCode: string; personHash: string; markerId: string } | undefined {
  const [prefix, kind, campaignCode, ...rest] = pk.split('#');
  if (prefix !== 'MARKER' || !kind || !campaignCode || rest.length < 2) return undefined;
  const qualifier = kind === 'checkin' || kind === 'signup' ? rest.pop() : undefined;
  const personHash = rest.pop();
  if (!personHash || rest.length === 0) return undefined;
  return { campaignCode, personHash, markerId: `${kind}:${rest.join('#')}${qualifier ? `:${qualifier}` : ''}` };
}
