import type { ReportScope, ReportUnit, UnitReportRow } from '@rights-outreach/shared';
import { routeUrl, routes } from '../../constants/routes';

/** The campaign page for one unit (no unit: the signed-in user's own). */
export function reportUrl(campaignCode: string, unitId?: string): string {
  return routeUrl(routes.dashboardCampaign, { code: campaignCode, unit: unitId });
}

export interface Crumb {
  unitId: string;
  name: string;
  /** Where tapping it goes; null for the unit on screen. */
  url: string | null;
}

/**
 * The breadcrumb from the user's own unit down to the scope: `trail` never starts above the
 * user's unit (the API sends it so), and ends with the scope itself, added if missing.
 */
export function breadcrumb(campaignCode: string, scope: ReportScope): Crumb[] {
  const units: ReportUnit[] = scope.trail.some((unit) => unit.unitId === scope.unitId)
    ? scope.trail.slice(0, scope.trail.findIndex((unit) => unit.unitId === scope.unitId) + 1)
    : [...scope.trail, scope];
  return units.map((unit) => ({
    unitId: unit.unitId,
    name: unit.name,
    url: unit.unitId === scope.unitId ? null : reportUrl(campaignCode, unit.unitId),
  }));
}

/** Where tapping a unit row goes: the same page for that unit when it has units below it, else nowhere. */
export function drillDownUrl(campaignCode: string, row: Pick<UnitReportRow, 'unitId' | 'hasChildren'>): string | null {
  return row.hasChildren ? reportUrl(campaignCode, row.unitId) : null;
}
