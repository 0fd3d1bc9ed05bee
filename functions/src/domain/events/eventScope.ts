import type { EventFields, OutreachEvent } from '@rights-outreach/shared';
import { inScope, type Principal } from '../../auth/principal';
import { CampaignNotFoundError, EventNotFoundError, ForbiddenError, ValidationError } from '../../errors';
import { findCampaign } from '../../repository/campaignRepository';
import { type EventRecord, findEventRecord } from '../../repository/eventRepository';
import { findOrgUnit, type OrgUnitRecord } from '../../repository/orgRepository';

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
  return unit;
}

/** The public shape of a stored event. */
export function toOutreachEvent(record: EventRecord): OutreachEvent {
  const { unitPath: _path, requestHash: _hash, ...event } = record;
  return event;
}
