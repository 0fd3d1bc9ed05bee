import type { OrgUnit } from '@rights-outreach/shared';

export interface OrgTreeRow {
  unit: OrgUnit;
  /** 0 for a root (the head office, or the top of a caller's subtree). */
  depth: number;
}

/**
 * The units as an indented tree, depth first, siblings in the order the API sent them.
 * A unit whose parent is not in the list (the top of a subtree) is a root.
 */
export function flattenOrgTree(units: readonly OrgUnit[]): OrgTreeRow[] {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<string, OrgUnit[]>();
  const roots: OrgUnit[] = [];
  for (const unit of units) {
    if (unit.parentId !== undefined && ids.has(unit.parentId) && unit.parentId !== unit.id) {
      children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
    } else {
      roots.push(unit);
    }
  }
  const rows: OrgTreeRow[] = [];
  const seen = new Set<string>();
  const visit = (unit: OrgUnit, depth: number) => {
    // A cycle in bad data must not hang the page.
    if (seen.has(unit.id)) return;
    seen.add(unit.id);
    rows.push({ unit, depth });
    for (const child of children.get(unit.id) ?? []) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  return rows;
}

/** A unit's name, or its id when the unit is not in the list (e.g. outside the caller's subtree). */
export function unitName(units: readonly OrgUnit[], id: string): string {
  return units.find((unit) => unit.id === id)?.name ?? id;
}
