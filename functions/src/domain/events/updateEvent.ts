import { EventFieldsSchema, type OutreachEvent, type UpdateEventRequest } from '@rights-outreach/shared';
import type { Principal } from '../../auth/principal';
import { checkEventFields, eventBookkeeping } from './eventScope';
import { mutateEvent } from './mutateEvent';

/** Replaces an event's fields (staff in scope, admin). Moving it to another unit needs that unit in scope too. */
export function updateEvent(principal: Principal, eventId: string, request: UpdateEventRequest, now: Date): Promise<OutreachEvent> {
  const { mutationId, ...input } = request;
  const fields = EventFieldsSchema.parse(input);
  return mutateEvent(
    principal,
    eventId,
    {
      mutationId,
      body: request,
      action: 'updated',
      apply: async (current) => {
        const unit = await checkEventFields(principal, fields);
        // The fields are replaced whole: optional ones left out are cleared, and an event
        // changed between online and offline keeps none of its former kind's fields.
        return { ...eventBookkeeping(current), ...fields, unitName: unit.name, unitPath: unit.path };
      },
    },
    now,
  );
}
