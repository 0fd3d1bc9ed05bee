import { config } from '../../config';
import { hashPassword } from '../../auth/passwords';
import { findAccount, putAccountIfAbsent } from '../../repository/accountRepository';
import { findOrgUnit, putOrgUnitIfAbsent } from '../../repository/orgRepository';
import { getSecret, hasSecret } from '../../secrets';
import { normalizeEmployeeNo } from './accountView';

export const rootUnit = { id: 'hq', name: '总公司', level: 'head_office', path: '/hq/' } as const;

/**
 * The first admin comes from configuration (BOOTSTRAP_ADMIN_EMPLOYEE_NO and the secret
 * BOOTSTRAP_ADMIN_PASSWORD): on a fresh deployment, signing in with them creates the
 * account (and the head-office unit if there is none). Once the account exists, this does
 * nothing: changing the configured password later does not reset it.
 */
export async function ensureBootstrapAdmin(employeeNo: string, now: Date): Promise<void> {
  const configured = config().bootstrapAdminEmployeeNo;
  if (!configured || normalizeEmployeeNo(configured) !== employeeNo || !hasSecret('bootstrapAdminPassword')) return;
  if (await findAccount(employeeNo)) return;
  if (!(await findOrgUnit(rootUnit.id))) await putOrgUnitIfAbsent({ ...rootUnit });
  await putAccountIfAbsent({
    employeeNo,
    name: '系统管理员',
    role: 'admin',
    unitId: rootUnit.id,
    passwordHash: await hashPassword(await getSecret('bootstrapAdminPassword')),
    tokenVersion: 0,
    disabled: false,
    createdAt: now.toISOString(),
  });
}
