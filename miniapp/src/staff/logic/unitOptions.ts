import type { OrgUnit } from '@rights-outreach/shared';

export interface UnitOption {
  value: string;
  label: string;
}

/**
 * The caller's subtree as picker options, indented by depth (the API lists parents before
 * children). The own unit is always offered, even before the list could be loaded.
 */
export function unitOptions(units: readonly OrgUnit[], ownUnitId: string): UnitOption[] {
  const depth = new Map<string, number>();
  const options = units.map((unit) => {
    const level = unit.parentId !== undefined && depth.has(unit.parentId) ? depth.get(unit.parentId)! + 1 : 0;
    depth.set(unit.id, level);
    return { value: unit.id, label: `${'　'.repeat(level)}${unit.name}` };
  });
  return options.some((option) => option.value === ownUnitId) ? options : [{ value: ownUnitId, label: '本机构' }, ...options];
}
