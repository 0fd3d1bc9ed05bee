import type { DeleteEventRequest, OutreachEvent } from '@rights-outreach/shared';
import type { Principal } from '../../auth/principal';
import { ForbiddenError } from '../../errors';
import { mutateEvent } from './mutateEvent';

/** Soft-deletes an event: only its creator or an admin. Deleting twice changes nothing. */
export function deleteEvent(principal: Principal, eventId: string, request: DeleteEventRequest, now: Date): Promise<OutreachEvent> {
  return mutateEvent(
    principal,
    eventId,
    {
      mutationId: request.mutationId,
      body: request,
      action: 'deleted',
      apply: async (current) => {
        if (principal.role !== 'admin' && current.createdBy !== principal.employeeNo) {
          throw new ForbiddenError('Only the staff member who logged the event, or an admin, may delete it');
        }
        return current.deletedAt ? null : { ...current, deletedAt: now.toISOString() };
      },
    },
    now,
  );
}
