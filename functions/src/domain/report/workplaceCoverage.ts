import { type EventFields, type OrgLevel, type UnitKind, type WorkplaceFigures, isOnlineEvent, unitKindOf } from '@rights-outreach/shared';

/** What workplace figures read of a unit of the scope. */
export interface ScopeUnit {
  id: string;
  level: OrgLevel;
  kind?: UnitKind;
}

/**
 * Counters and sales workplaces of a scope (the unit and every unit under it) and what was
 * done at them (docs/metrics.md, "Counters and sales workplaces"):
 * - `counters`: units of the lowest level that are 营业柜面 (a unit without a kind is one);
 *   `counterDisplayAreas`: display areas of the offline events logged at those counters,
 *   `countersWithDisplayAreas`: how many of them set up at least one;
 * - `salesWorkplaces`: units of the lowest level that are 营销职场; `trainedWorkplaces`: the
 *   distinct ones among them a 职场培训 event of the scope named; `workplaceTrainings`: the
 *   职场培训 events that named at least one of them.
 * Kinds are read as they are now, so a unit changed to a counter no longer counts as trained.
 */
export function workplaceFigures(units: ScopeUnit[], events: EventFields[]): WorkplaceFigures {
  const counters = new Set(units.filter((unit) => unitKindOf(unit) === 'counter').map((unit) => unit.id));
  const workplaces = new Set(units.filter((unit) => unitKindOf(unit) === 'sales_workplace').map((unit) => unit.id));
  const countersWithDisplay = new Set<string>();
  const trained = new Set<string>();
  let counterDisplayAreas = 0;
  let workplaceTrainings = 0;
  for (const event of events) {
    if (isOnlineEvent(event)) continue;
    if (counters.has(event.unitId) && event.displayAreas > 0) {
      counterDisplayAreas += event.displayAreas;
      countersWithDisplay.add(event.unitId);
    }
    if (event.type !== 'workplace_training') continue;
    const named = (event.workplaceIds ?? []).filter((id) => workplaces.has(id));
    if (named.length > 0) workplaceTrainings += 1;
    for (const id of named) trained.add(id);
  }
  return {
    counters: counters.size,
    countersWithDisplayAreas: countersWithDisplay.size,
    counterDisplayAreas,
    salesWorkplaces: workplaces.size,
    trainedWorkplaces: trained.size,
    workplaceTrainings,
  };
}
