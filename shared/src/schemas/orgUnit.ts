import * as z from 'zod';
import { OrgUnitIdSchema } from './common';

/** Head office → province → city → county branch → counter / sales workplace. */
export const orgLevels = ['head_office', 'province', 'city', 'county', 'counter'] as const;
export const OrgLevelSchema = z.enum(orgLevels);
export type OrgLevel = z.infer<typeof OrgLevelSchema>;

export const orgLevelLabels: Record<OrgLevel, string> = {
  head_office: '总公司',
  province: '省分公司',
  city: '市分公司',
  county: '县支公司',
  counter: '柜面 / 营销职场',
};

/**
 * What a unit of the lowest level is: a 营业柜面 (counter, where customers are served) or a
 * 营销职场 (sales workplace, where agents work). Units stored before kinds existed have none
 * and are counters.
 */
export const unitKinds = ['counter', 'sales_workplace'] as const;
export const UnitKindSchema = z.enum(unitKinds, { error: '请选择网点类型' });
export type UnitKind = z.infer<typeof UnitKindSchema>;

export const unitKindLabels: Record<UnitKind, string> = {
  counter: '营业柜面',
  sales_workplace: '营销职场',
};

/** A unit's kind: only units of the lowest level have one; without one they are counters. */
export function unitKindOf(unit: { level: OrgLevel; kind?: UnitKind }): UnitKind | undefined {
  return unit.level === 'counter' ? (unit.kind ?? 'counter') : undefined;
}

const orgUnitShape = {
  id: OrgUnitIdSchema,
  name: z.string().trim().min(2, '机构名称至少 2 个字').max(40, '机构名称最多 40 个字'),
  level: OrgLevelSchema,
  /** Absent only for the head office. */
  parentId: OrgUnitIdSchema.optional(),
  /** Units of the lowest level only (柜面 / 营销职场); absent means 营业柜面. */
  kind: UnitKindSchema.optional(),
};

const kindOnlyAtLowestLevel = {
  check: (unit: { level: OrgLevel; kind?: UnitKind }) => unit.kind === undefined || unit.level === 'counter',
  rule: { message: '只有柜面 / 营销职场一级的机构可以选择网点类型', path: ['kind'] },
};

export const OrgUnitSchema = z.object(orgUnitShape).strict().refine(kindOnlyAtLowestLevel.check, kindOnlyAtLowestLevel.rule);
export type OrgUnit = z.infer<typeof OrgUnitSchema>;

/** A unit as the API answers it (unknown fields let pass: see MaterialViewSchema). */
export const OrgUnitViewSchema = z.object(orgUnitShape);

/** GET /org-units: the caller's subtree, parents before children. */
export const OrgUnitListSchema = z.object({ units: z.array(OrgUnitViewSchema) });

/** A unit may sit only below a unit of a higher level. */
export function mayBeChildOf(child: OrgLevel, parent: OrgLevel): boolean {
  return orgLevels.indexOf(child) > orgLevels.indexOf(parent);
}

export const CreateOrgUnitRequestSchema = OrgUnitSchema.refine((unit) => (unit.level === 'head_office') === (unit.parentId === undefined), {
  message: '除总公司外，每个机构都要选择上级机构',
  path: ['parentId'],
});
export type CreateOrgUnitRequest = z.infer<typeof CreateOrgUnitRequestSchema>;

/**
 * Units are renamed, never moved: events keep the unit path they were logged under. A unit
 * of the lowest level may also change kind (柜面 ↔ 营销职场); left out, the kind stays.
 */
export const UpdateOrgUnitRequestSchema = z
  .object({ name: z.string().trim().min(2, '机构名称至少 2 个字').max(40, '机构名称最多 40 个字'), kind: UnitKindSchema.optional() })
  .strict();
export type UpdateOrgUnitRequest = z.infer<typeof UpdateOrgUnitRequestSchema>;
