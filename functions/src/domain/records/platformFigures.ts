import type {
  CreatePlatformFigureRequest,
  PlatformFigure,
  PlatformFigureDetail,
  PlatformFigureFields,
  UpdatePlatformFigureRequest,
} from '@rights-outreach/shared';
import type { Principal } from '../../auth/principal';
import {
  type CreateRecordOutcome,
  createRecord,
  deleteRecord,
  listRecords,
  type RecordKind,
  recordDetail,
  updateRecord,
} from './unitRecords';

/** Figures reported from another platform's back-end: ordered by the day they are as of. */
export const platformFigureKind: RecordKind<PlatformFigureFields> = { kind: 'platformFigure', dateOf: (fields) => fields.asOf };

/** Enters one platform's figures under the phone's clientId. */
export function createPlatformFigure(
  principal: Principal,
  request: CreatePlatformFigureRequest,
  now: Date,
): Promise<CreateRecordOutcome<PlatformFigureFields>> {
  const { clientId, ...fields } = request;
  return createRecord(platformFigureKind, principal, { clientId, fields }, now);
}

/** Replaces an entry's fields (figures left out are cleared), once per mutationId. */
export function updatePlatformFigure(
  principal: Principal,
  id: string,
  request: UpdatePlatformFigureRequest,
  now: Date,
): Promise<PlatformFigure> {
  const { mutationId, ...fields } = request;
  return updateRecord(platformFigureKind, principal, id, { mutationId, fields }, now);
}

export function deletePlatformFigure(principal: Principal, id: string, mutationId: string, now: Date): Promise<PlatformFigure> {
  return deleteRecord(platformFigureKind, principal, id, mutationId, now);
}

export function listPlatformFigures(principal: Principal, campaignCode: string): Promise<PlatformFigure[]> {
  return listRecords<PlatformFigureFields>(platformFigureKind, principal, campaignCode);
}

export async function getPlatformFigure(principal: Principal, id: string): Promise<PlatformFigureDetail> {
  const { record, history } = await recordDetail<PlatformFigureFields>(platformFigureKind, principal, id);
  return { figure: record, history };
}
