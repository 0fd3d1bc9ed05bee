import { isDeepStrictEqual } from 'node:util';
import type { AdminMaterialView, CreateMaterialRequest, Material, PublishedMaterial, UpdateMaterialRequest } from '@rights-outreach/shared';
import type { Principal } from '../../auth/principal';
import { AlreadyExistsError, IdempotencyConflictError, MaterialNotFoundError } from '../../errors';
import {
  createMaterialRecord,
  findMaterialRecord,
  findMaterialVersions,
  listMaterialRecords,
  type MaterialRecord,
  publishMaterialVersion,
  saveMaterialDraft,
  setMaterialStatus,
} from '../../repository/materialRepository';

/** Every material, rights first then cases, each with its draft and the version consumers see. */
export async function listMaterials(): Promise<AdminMaterialView[]> {
  return (await listMaterialRecords()).map(toView).sort((a, b) => a.kind.localeCompare(b.kind) * -1 || a.id.localeCompare(b.id));
}

export async function createMaterial(principal: Principal, request: CreateMaterialRequest, now: Date): Promise<AdminMaterialView> {
  const at = now.toISOString();
  const record: MaterialRecord = {
    id: request.id,
    kind: request.kind,
    status: 'draft',
    draft: request,
    latestVersion: 0,
    updatedAt: at,
    updatedBy: principal.employeeNo,
  };
  if (!(await createMaterialRecord(record))) throw new AlreadyExistsError(`Material ${request.id}`);
  return toView(record);
}

/** Edits the draft. A published version is never changed: consumers keep seeing it until the draft is published. */
export async function updateMaterial(
  principal: Principal,
  id: string,
  request: UpdateMaterialRequest,
  now: Date,
): Promise<AdminMaterialView> {
  const record = await requireMaterial(id);
  const draft: Material = { id, kind: record.kind, ...request };
  if (!(await saveMaterialDraft(id, draft, principal.employeeNo, now.toISOString()))) throw new MaterialNotFoundError(id);
  return toView(await requireMaterial(id));
}

/** Publishes the draft as the next version (or re-publishes an unpublished one whose draft is unchanged). */
export async function publishMaterial(principal: Principal, id: string, now: Date): Promise<AdminMaterialView> {
  const record = await requireMaterial(id);
  const at = now.toISOString();
  if (record.published && sameContent(record.published, record.draft)) {
    if (record.status !== 'published') await setMaterialStatus(id, 'published', principal.employeeNo, at);
  } else {
    const version: PublishedMaterial = { ...record.draft, version: record.latestVersion + 1, publishedAt: at };
    if ((await publishMaterialVersion(record, version, principal.employeeNo)) === 'conflict') {
      // Someone published in between: nothing was written; the caller reloads and decides.
      throw new IdempotencyConflictError(`material ${id} version ${version.version}`);
    }
  }
  return toView(await requireMaterial(id));
}

/** Hides a material from consumers; its versions, and the figures counted under it, stay. */
export async function unpublishMaterial(principal: Principal, id: string, now: Date): Promise<AdminMaterialView> {
  const record = await requireMaterial(id);
  if (record.status === 'published') await setMaterialStatus(id, 'unpublished', principal.employeeNo, now.toISOString());
  return toView(await requireMaterial(id));
}

export async function materialVersions(id: string): Promise<PublishedMaterial[]> {
  await requireMaterial(id);
  return findMaterialVersions(id);
}

async function requireMaterial(id: string): Promise<MaterialRecord> {
  const record = await findMaterialRecord(id);
  if (!record) throw new MaterialNotFoundError(id);
  return record;
}

function sameContent(published: PublishedMaterial, draft: Material): boolean {
  const { version: _v, publishedAt: _p, ...content } = published;
  // Deep and key-order-free: DynamoDB does not keep the order of a map's keys.
  return isDeepStrictEqual(content, draft);
}

function toView(record: MaterialRecord): AdminMaterialView {
  return {
    id: record.id,
    kind: record.kind,
    status: record.status,
    draft: record.draft,
    ...(record.published ? { published: record.published } : {}),
    hasUnpublishedChanges: !record.published || !sameContent(record.published, record.draft),
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
  };
}
