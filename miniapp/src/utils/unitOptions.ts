import { orgLevelLabels, type OrgUnit } from '@rights-outreach/shared';
import { flattenOrgTree } from './orgTree';

export interface UnitOption {
  value: string;
  label: string;
}

interface UnitOptionsSettings {
  /** Which units to offer (all by default); the tree order and indents stay. */
  include?: (unit: OrgUnit) => boolean;
  /** Add the level, `番禺支公司（县支公司）` (admin forms); staff pick within their own subtree without it. */
  withLevel?: boolean;
  /** Always offered, as 本机构 first, even before the list could be loaded (the staff member's own unit). */
  ownUnitId?: string;
}

/** Units as picker options in tree order, indented by depth with full-width spaces, e.g. `　　番禺支公司`. */
export function unitOptions(units: readonly OrgUnit[], settings: UnitOptionsSettings = {}): UnitOption[] {
  const { include = () => true, withLevel = false, ownUnitId } = settings;
  const options = flattenOrgTree(units)
    .filter((row) => include(row.unit))
    .map(({ unit, depth }) => ({
      value: unit.id,
      label: `${'　'.repeat(depth)}${unit.name}${withLevel ? `（${orgLevelLabels[unit.level]}）` : ''}`,
    }));
  if (ownUnitId === undefined || options.some((option) => option.value === ownUnitId)) return options;
  return [{ value: ownUnitId, label: '本机构' }, ...options];
}
