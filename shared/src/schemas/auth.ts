import * as z from 'zod';
import { OrgUnitIdSchema } from './common';

export const roles = ['admin', 'marketing', 'staff'] as const;
export const RoleSchema = z.enum(roles);
export type Role = z.infer<typeof RoleSchema>;

export const roleLabels: Record<Role, string> = {
  admin: '管理员',
  marketing: '市场 / 消保部',
  staff: '一线员工',
};

/** 工号: letters and digits. */
export const EmployeeNoSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9]{3,20}$/, '工号为 3–20 位字母或数字');

/** A new password: long enough to resist guessing, short enough for scrypt input limits. */
export const NewPasswordSchema = z.string().min(8, '密码至少 8 位').max(72, '密码最多 72 位');

export const LoginRequestSchema = z
  .object({
    employeeNo: EmployeeNoSchema,
    // Not NewPasswordSchema: a login must not reveal the password policy or which field was wrong.
    password: z.string().min(1, '请输入密码').max(72),
  })
  .strict();
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** The code `wx.login` returns (valid 5 minutes), exchanged by the server with code2Session. */
export const WechatCodeRequestSchema = z.object({ code: z.string().trim().min(1).max(128) }).strict();
export type WechatCodeRequest = z.infer<typeof WechatCodeRequestSchema>;

/** A staff account as the API answers it: never its password or WeChat identity. */
export const AccountViewSchema = z.object({
  employeeNo: z.string(),
  name: z.string(),
  role: RoleSchema,
  unitId: z.string(),
  disabled: z.boolean(),
  wechatBound: z.boolean(),
});
export type AccountView = z.infer<typeof AccountViewSchema>;

export const AccountListSchema = z.object({ accounts: z.array(AccountViewSchema) });

export const LoginResponseSchema = z.object({
  token: z.string(),
  /** ISO time after which the token is refused. */
  expiresAt: z.string(),
  account: AccountViewSchema,
});
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

export const CreateAccountRequestSchema = z
  .object({
    employeeNo: EmployeeNoSchema,
    name: z.string().trim().min(2, '姓名至少 2 个字').max(20, '姓名最多 20 个字'),
    role: RoleSchema,
    unitId: OrgUnitIdSchema,
    password: NewPasswordSchema,
  })
  .strict();
export type CreateAccountRequest = z.infer<typeof CreateAccountRequestSchema>;

export const UpdateAccountRequestSchema = z
  .object({
    name: z.string().trim().min(2, '姓名至少 2 个字').max(20, '姓名最多 20 个字').optional(),
    role: RoleSchema.optional(),
    unitId: OrgUnitIdSchema.optional(),
    disabled: z.boolean().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: '没有需要修改的内容' });
export type UpdateAccountRequest = z.infer<typeof UpdateAccountRequestSchema>;

export const ResetPasswordRequestSchema = z.object({ password: NewPasswordSchema }).strict();
export type ResetPasswordRequest = z.infer<typeof ResetPasswordRequestSchema>;
