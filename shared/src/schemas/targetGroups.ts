import * as z from 'zod';

/** 重点人群. "一老一少" = elderly + youth/students. */
export const targetGroups = ['elderly', 'new_citizens', 'youth', 'students', 'villagers', 'disabled'] as const;
export const TargetGroupSchema = z.enum(targetGroups);
export type TargetGroup = z.infer<typeof TargetGroupSchema>;

export const targetGroupLabels: Record<TargetGroup, string> = {
  elderly: '老年人',
  new_citizens: '新市民',
  youth: '青年人',
  students: '学生',
  villagers: '村民',
  disabled: '残障人士',
};

/** A set of target groups: each at most once. */
export const TargetGroupListSchema = z
  .array(TargetGroupSchema)
  .max(targetGroups.length)
  .refine((list) => new Set(list).size === list.length, { message: '重点人群不能重复' });
