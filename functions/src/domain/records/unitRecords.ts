import type { EventChange, RecordHistoryEntry } from '@rights-outreach/shared';
import { inScope, type Principal } from '../../auth/principal';
import {
  CampaignNotFoundError,
  ForbiddenError,
  IdempotencyConflictError,
  RecordNotFoundError,
  ServiceUnavailableError,
  ValidationError,
} from '../../errors';
import { findAccount } from '../../repository/accountRepository';
import { findCampaign } from '../../repository/campaignRepository';
import { findOrgUnit, type OrgUnitRecord } from '../../repository/orgRepository';
import {
  applyUnitRecordMutation,
  createUnitRecord,
  findRecordMutation,
  findUnitRecord,
  findUnitRecordHistory,
  listUnitRecordsUnder,
  type UnitRecord,
  type UnitRecordKind,
} from '../../repository/unitRecordRepository';
import { canonicalJson, requestHash } from '../events/requestHash';

/**
 * The one engine behind platform figures and media posts: records a unit enters per campaign,
 * created under the phone's clientId, changed once per mutationId, each change in the record's
 * history — the rules of events (domain/events), for any kind whose fields name a campaign and
 * a unit. Any caller whose subtree holds the record's unit may read, edit and delete it (the
 * contract says which roles).
 */

/** What every kind's fields carry. */
export interface RecordFields {
  campaignCode: string;
  unitId: string;
}

/** A record as the API answers it: its fields and its bookkeeping. */
export type RecordView<F> = F & {
  id: string;
  version: number;
  unitName: string;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  deletedAt?: string;
};

export interface RecordKind<F extends RecordFields> {
  kind: UnitRecordKind;
  /** The day that orders a campaign's records (as-of day, publication day). */
  dateOf: (fields: F) => string;
}

export interface CreateRecordOutcome<F> {
  record: RecordView<F>;
  /** False when this was a resend of a record already stored. */
  created: boolean;
}

/** Stores a new record under the phone's clientId; the same request again answers what was stored. */
export async function createRecord<F extends RecordFields>(
  spec: RecordKind<F>,
  principal: Principal,
  request: { clientId: string; fields: F },
  now: Date,
): Promise<CreateRecordOutcome<F>> {
  const { clientId, fields } = request;
  const hash = requestHash(principal.employeeNo, { kind: spec.kind, fields });
  const existing = await findUnitRecord(clientId);
  if (existing) return replayed(existing, hash, clientId);

  const unit = await checkTarget(principal, fields);
  const at = now.toISOString();
  const record: UnitRecord = {
    kind: spec.kind,
    id: clientId,
    campaignCode: fields.campaignCode,
    unitId: fields.unitId,
    unitName: unit.name,
    unitPath: unit.path,
    date: spec.dateOf(fields),
    version: 1,
    createdBy: principal.employeeNo,
    createdAt: at,
    updatedBy: principal.employeeNo,
    updatedAt: at,
    requestHash: hash,
    fields: stripUndefined(fields),
  };
  const outcome = await createUnitRecord(record, { version: 1, action: 'created', by: principal.employeeNo, at, changes: [] });
  if (outcome === 'exists') return replayed((await findUnitRecord(clientId))!, hash, clientId);
  return { record: toView<F>(record), created: true };
}

function replayed<F>(existing: UnitRecord, hash: string, clientId: string): CreateRecordOutcome<F> {
  if (existing.requestHash !== hash) throw new IdempotencyConflictError(clientId);
  return { record: toView<F>(existing), created: false };
}

/** Replaces a record's fields (moving it to another unit needs that unit in scope too), once per mutationId. */
export function updateRecord<F extends RecordFields>(
  spec: RecordKind<F>,
  principal: Principal,
  id: string,
  request: { mutationId: string; fields: F },
  now: Date,
): Promise<RecordView<F>> {
  return mutateRecord<F>(spec, principal, id, {
    mutationId: request.mutationId,
    body: request.fields,
    action: 'updated',
    now,
    apply: async (current) => {
      const unit = await checkTarget(principal, request.fields);
      return {
        ...current,
        campaignCode: request.fields.campaignCode,
        unitId: request.fields.unitId,
        unitName: unit.name,
        unitPath: unit.path,
        date: spec.dateOf(request.fields),
        fields: stripUndefined(request.fields),
      };
    },
  });
}

/** Soft-deletes a record, once per mutationId; deleting twice changes nothing. */
export function deleteRecord<F extends RecordFields>(
  spec: RecordKind<F>,
  principal: Principal,
  id: string,
  mutationId: string,
  now: Date,
): Promise<RecordView<F>> {
  return mutateRecord<F>(spec, principal, id, {
    mutationId,
    body: { delete: true },
    action: 'deleted',
    now,
    apply: async (current) => (current.deletedAt ? null : { ...current, deletedAt: now.toISOString() }),
  });
}

const maxAttempts = 5;

interface Mutation {
  mutationId: string;
  body: unknown;
  action: RecordHistoryEntry['action'];
  now: Date;
  /** The new state from the current one (throws to refuse); null when there is nothing to change. */
  apply: (current: UnitRecord) => Promise<UnitRecord | null>;
}

/**
 * Applies an edit or deletion exactly once per mutation id, for as long as the record lives:
 * a resend answers the record as it is now; a different request under a used id is refused.
 * Concurrent edits are applied one after the other (the later wins; history keeps both).
 */
async function mutateRecord<F>(spec: RecordKind<never>, principal: Principal, id: string, mutation: Mutation): Promise<RecordView<F>> {
  const hash = requestHash(principal.employeeNo, { kind: spec.kind, id, action: mutation.action, body: mutation.body });
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const done = await findRecordMutation(mutation.mutationId);
    if (done) {
      if (done.requestHash !== hash || done.recordId !== id) throw new IdempotencyConflictError(mutation.mutationId);
      return toView<F>(await visibleRecord(spec.kind, principal, id, { includeDeleted: true }));
    }
    const current = await visibleRecord(spec.kind, principal, id, { includeDeleted: mutation.action === 'deleted' });
    const next = await mutation.apply(current);
    if (!next) return toView<F>(current);
    const at = mutation.now.toISOString();
    const version = current.version + 1;
    const updated: UnitRecord = { ...next, version, updatedBy: principal.employeeNo, updatedAt: at };
    const outcome = await applyUnitRecordMutation({
      mutation: { mutationId: mutation.mutationId, recordId: id, requestHash: hash, version },
      record: updated,
      expectedVersion: current.version,
      history: { version, action: mutation.action, by: principal.employeeNo, at, changes: recordChanges(current, updated) },
    });
    if (outcome === 'applied') return toView<F>(updated);
    // A concurrent resend won or someone else edited: look again.
  }
  throw new ServiceUnavailableError(new Error(`record ${id} kept changing`));
}

/** A campaign's records of one kind in the caller's subtree, deleted ones left out, latest date first. */
export async function listRecords<F>(spec: RecordKind<never>, principal: Principal, campaignCode: string): Promise<RecordView<F>[]> {
  if (!(await findCampaign(campaignCode))) throw new CampaignNotFoundError(campaignCode);
  const records = await listUnitRecordsUnder(spec.kind, campaignCode, principal.role === 'admin' ? '/' : principal.unitPath);
  return sortedLive(records).map((record) => toView<F>(record));
}

/** Records of a scope for the report: live ones, latest date first. */
export async function recordsUnder(kind: UnitRecordKind, campaignCode: string, pathPrefix: string): Promise<UnitRecord[]> {
  return sortedLive(await listUnitRecordsUnder(kind, campaignCode, pathPrefix));
}

function sortedLive(records: UnitRecord[]): UnitRecord[] {
  return records
    .filter((record) => !record.deletedAt)
    .sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
}

/** A record and its history, with the names of who entered and changed it beside their 工号. */
export async function recordDetail<F>(
  spec: RecordKind<never>,
  principal: Principal,
  id: string,
): Promise<{ record: RecordView<F>; history: RecordHistoryEntry[] }> {
  const record = await visibleRecord(spec.kind, principal, id, { includeDeleted: false });
  const history = await findUnitRecordHistory(id);
  const names = new Map<string, string>();
  for (const employeeNo of new Set(history.map((entry) => entry.by))) {
    const account = await findAccount(employeeNo);
    if (account) names.set(employeeNo, account.name);
  }
  return {
    record: toView<F>(record),
    history: history.map((entry) => (names.has(entry.by) ? { ...entry, byName: names.get(entry.by)! } : entry)),
  };
}

async function visibleRecord(
  kind: UnitRecordKind,
  principal: Principal,
  id: string,
  options: { includeDeleted: boolean },
): Promise<UnitRecord> {
  const record = await findUnitRecord(id);
  if (!record || record.kind !== kind || (record.deletedAt && !options.includeDeleted)) throw new RecordNotFoundError(id);
  if (!inScope(principal, record.unitPath)) throw new ForbiddenError('This record belongs to a unit outside yours');
  return record;
}

/** A known campaign and a unit in the caller's subtree. */
async function checkTarget(principal: Principal, fields: RecordFields): Promise<OrgUnitRecord> {
  if (!(await findCampaign(fields.campaignCode))) throw new CampaignNotFoundError(fields.campaignCode);
  const unit = await findOrgUnit(fields.unitId);
  if (!unit) throw new ValidationError(`unitId: no org unit "${fields.unitId}"`);
  if (!inScope(principal, unit.path)) throw new ForbiddenError('Records can be entered only for your unit or units below it');
  return unit;
}

/** The public shape of a stored record. */
export function toView<F>(record: UnitRecord): RecordView<F> {
  const { id, version, unitName, createdBy, createdAt, updatedBy, updatedAt, deletedAt, campaignCode, unitId } = record;
  return {
    ...(record.fields as F),
    campaignCode,
    unitId,
    id,
    version,
    unitName,
    createdBy,
    createdAt,
    updatedBy,
    updatedAt,
    ...(deletedAt ? { deletedAt } : {}),
  } as RecordView<F>;
}

/** Which fields changed, from → to, for the history. */
function recordChanges(before: UnitRecord, after: UnitRecord): EventChange[] {
  const a: Record<string, unknown> = { ...before.fields, deletedAt: before.deletedAt };
  const b: Record<string, unknown> = { ...after.fields, deletedAt: after.deletedAt };
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((field) => canonicalJson(a[field]) !== canonicalJson(b[field]))
    .sort()
    .map((field) => ({ field, from: a[field] ?? null, to: b[field] ?? null }));
}

function stripUndefined(fields: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
