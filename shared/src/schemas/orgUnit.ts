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

export const OrgUnitSchema = z
  .object({
    id: OrgUnitIdSchema,
    name: z.string().trim().min(2, '机构名称至少 2 个字').max(40, '机构名称最多 40 个字'),
    level: OrgLevelSchema,
    /** Absent only for the head office. */
    parentId: OrgUnitIdSchema.optional(),
  })
  .strict();
export type OrgUnit = z.infer<typeof OrgUnitSchema>;

/** A unit as the API answers it (unknown fields let pass: see MaterialViewSchema). */
export const OrgUnitViewSchema = z.object(OrgUnitSchema.shape);

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

/** Units are renamed, never moved: events keep the unit path they were logged under. */
export const UpdateOrgUnitRequestSchema = z
  .object({ name: z.string().trim().min(2, '机构名称至少 2 个字').max(40, '机构名称最多 40 个字') })
  .strict();
export type UpdateOrgUnitRequest = z.infer<typeof UpdateOrgUnitRequestSchema>;
