import type { ReportUnit } from '@rights-outreach/shared';
import { inScope, type Principal } from '../../auth/principal';
import { ForbiddenError, OrgUnitNotFoundError } from '../../errors';
import { findOrgUnit, findOrgUnits, listOrgUnitsUnder, type OrgUnitRecord } from '../../repository/orgRepository';
import { unitIdsOf } from '../beaconPlace';
import { type Bucket, campaignBucket, eventBucket, unitBucket } from '../buckets';

/** The unit a report is about, and which counters describe it. */
export interface ResolvedScope {
  unit: OrgUnitRecord;
  /** Its depth below head office (0). */
  depth: number;
  /** From the highest unit the caller may see down to this one. */
  trail: OrgUnitRecord[];
  /** The unit and every unit under it, parents before children. */
  subtree: OrgUnitRecord[];
  /** The scope's figures: at head office the whole campaign, else the unit's rolled-up bucket. */
  totalsBucket: Bucket;
  /**
   * Whose breakdowns (channel, source, material, day, target group) describe it:
   * `undefined` the whole campaign's, else the unit's own.
   */
  detailScope: string | undefined;
}

/**
 * The unit to report on — the one asked for, else the caller's own — checked against the
 * caller's subtree (admins see every unit).
 */
export async function resolveReportScope(principal: Principal, unitId?: string): Promise<ResolvedScope> {
  const unit = await findOrgUnit(unitId ?? principal.unitId);
  if (!unit) throw new OrgUnitNotFoundError(unitId ?? principal.unitId);
  if (!inScope(principal, unit.path)) throw new ForbiddenError('Reports cover your unit and the units below it only');

  const path = unitIdsOf(unit.path);
  const depth = path.length - 1;
  const top = principal.role === 'admin' ? 0 : unitIdsOf(principal.unitPath).length - 1;
  const [trail, subtree] = await Promise.all([findOrgUnits(path.slice(top)), listOrgUnitsUnder(unit.path)]);
  return {
    unit,
    depth,
    trail,
    subtree,
    totalsBucket: depth === 0 ? campaignBucket : unitBucket(unit.id, depth),
    detailScope: depth === 0 ? undefined : unit.id,
  };
}

/** The buckets that describe a scope: its totals, each unit of its subtree, each of these events. */
export function scopeBuckets(scope: ResolvedScope, events: Array<{ id: string }>): Bucket[] {
  return [
    scope.totalsBucket,
    ...scope.subtree.map((unit) => unitBucket(unit.id, unitIdsOf(unit.path).length - 1)),
    ...events.map((event) => eventBucket(event.id)),
  ];
}

/** A unit as reports name it. */
export function reportUnit(unit: OrgUnitRecord): ReportUnit {
  return { unitId: unit.id, name: unit.name, level: unit.level };
}
