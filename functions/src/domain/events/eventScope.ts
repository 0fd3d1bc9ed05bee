import { type EventFields, isOnlineEvent, type OutreachEvent, unitKindOf } from '@rights-outreach/shared';
import { inScope, type Principal } from '../../auth/principal';
import { CampaignNotFoundError, EventNotFoundError, ForbiddenError, ValidationError } from '../../errors';
import { findCampaign } from '../../repository/campaignRepository';
import { type EventRecord, findEventRecord } from '../../repository/eventRepository';
import { findOrgUnit, findOrgUnits, type OrgUnitRecord } from '../../repository/orgRepository';

/** An existing, not deleted event the caller may see; 404 / 403 otherwise. */
export async function eventInScope(principal: Principal, id: string): Promise<EventRecord> {
  const event = await findEventRecord(id);
  if (!event || event.deletedAt) throw new EventNotFoundError(id);
  if (!inScope(principal, event.unitPath)) throw new ForbiddenError('This event belongs to a unit outside yours');
  return event;
}

/** Checks what an event's fields point at: a known campaign, a unit in the caller's subtree. */
export async function checkEventFields(principal: Principal, fields: EventFields): Promise<OrgUnitRecord> {
  if (!(await findCampaign(fields.campaignCode))) throw new CampaignNotFoundError(fields.campaignCode);
  const unit = await findOrgUnit(fields.unitId);
  if (!unit) throw new ValidationError(`unitId: no org unit "${fields.unitId}"`);
  if (!inScope(principal, unit.path)) throw new ForbiddenError('Events can be logged only for your unit or units below it');
  if (!isOnlineEvent(fields) && fields.workplaceIds?.length) await checkTrainedWorkplaces(unit, fields.workplaceIds);
  return unit;
}

/** A 职场培训's workplaces: each an existing 营销职场 in the event's unit subtree. */
async function checkTrainedWorkplaces(unit: OrgUnitRecord, ids: string[]): Promise<void> {
  const found = new Map((await findOrgUnits(ids)).map((workplace) => [workplace.id, workplace]));
  for (const id of ids) {
    const workplace = found.get(id);
    if (!workplace) throw new ValidationError(`workplaceIds: no org unit "${id}"`);
    if (unitKindOf(workplace) !== 'sales_workplace') throw new ValidationError(`workplaceIds: "${id}" is not a sales workplace`);
    if (!workplace.path.startsWith(unit.path)) throw new ValidationError(`workplaceIds: "${id}" is not under the event's unit`);
  }
}

/** The public shape of a stored event. */
export function toOutreachEvent(record: EventRecord): OutreachEvent {
  const { unitPath: _path, requestHash: _hash, ...event } = record;
  return event;
}

/** What the server keeps of a stored event besides the fields staff enter. */
export function eventBookkeeping(
  record: EventRecord,
): Pick<
  EventRecord,
  | 'id'
  | 'version'
  | 'unitName'
  | 'unitPath'
  | 'createdBy'
  | 'createdByName'
  | 'createdAt'
  | 'updatedBy'
  | 'updatedAt'
  | 'deletedAt'
  | 'requestHash'
> {
  const { id, version, unitName, unitPath, createdBy, createdByName, createdAt, updatedBy, updatedAt, deletedAt, requestHash } = record;
  return {
    id,
    version,
    unitName,
    unitPath,
    createdBy,
    ...(createdByName !== undefined ? { createdByName } : {}),
    createdAt,
    updatedBy,
    updatedAt,
    ...(deletedAt !== undefined ? { deletedAt } : {}),
    requestHash,
  };
}
