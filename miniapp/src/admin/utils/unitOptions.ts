import { orgLevelLabels, type OrgUnit } from '@rights-outreach/shared';
import type { Option } from './options';
import { flattenOrgTree } from './orgTree';

/** Units as select options in tree order, indented by depth, e.g. `　　番禺支公司（县支公司）`. */
export function unitOptions(units: readonly OrgUnit[], include: (unit: OrgUnit) => boolean = () => true): Option[] {
  return flattenOrgTree(units)
    .filter((row) => include(row.unit))
    .map(({ unit, depth }) => ({ value: unit.id, label: `${'　'.repeat(depth)}${unit.name}（${orgLevelLabels[unit.level]}）` }));
}
