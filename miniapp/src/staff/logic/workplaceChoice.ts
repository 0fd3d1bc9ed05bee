import { type OrgUnit, unitKindOf } from '@rights-outreach/shared';

/**
 * The sales workplaces (营销职场) a 职场培训 logged for `unitId` may name: those in that unit's
 * subtree (the unit itself included), in list order. The server checks the same.
 */
export function workplaceOptions(units: readonly OrgUnit[], unitId: string): { value: string; label: string }[] {
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
  const isUnder = (id: string): boolean => {
    for (let current: string | undefined = id; current !== undefined; current = parentOf.get(current)) {
      if (current === unitId) return true;
    }
    return false;
  };
  return units
    .filter((unit) => unitKindOf(unit) === 'sales_workplace' && isUnder(unit.id))
    .map((unit) => ({ value: unit.id, label: unit.name }));
}
