import { randomBytes } from 'node:crypto';
import type { OrgLevel, Role } from '@rights-outreach/shared';
import { hashPassword } from '../../functions/src/auth/passwords';
import { issueToken } from '../../functions/src/domain/auth/issueToken';
import { putAccountIfAbsent } from '../../functions/src/repository/accountRepository';
import { putOrgUnitIfAbsent } from '../../functions/src/repository/orgRepository';

export interface TestUnit {
  id: string;
  name: string;
  path: string;
}

export interface OrgTree {
  headOffice: TestUnit;
  province: TestUnit;
  city: TestUnit;
  countyA: TestUnit;
  counterA: TestUnit;
  countyB: TestUnit;
}

/**
 * A fresh org tree of its own (random ids): head office → province → city → county A →
 * counter A, and county B beside county A.
 */
export async function givenOrgTree(): Promise<OrgTree> {
  const tag = randomBytes(4).toString('hex');
  const add = async (name: string, level: OrgLevel, parent?: TestUnit): Promise<TestUnit> => {
    const id = `t${tag}-${level.replace('_', '-')}${name.endsWith('B') ? '-b' : ''}`;
    const path = `${parent?.path ?? '/'}${id}/`;
    await putOrgUnitIfAbsent({ id, name, level, ...(parent ? { parentId: parent.id } : {}), path });
    return { id, name, path };
  };
  const headOffice = await add('测试总公司', 'head_office');
  const province = await add('测试省分公司', 'province', headOffice);
  const city = await add('测试市分公司', 'city', province);
  const countyA = await add('测试甲县支公司', 'county', city);
  const counterA = await add('测试甲县柜面', 'counter', countyA);
  const countyB = await add('测试乙县支公司B', 'county', city);
  return { headOffice, province, city, countyA, counterA, countyB };
}

export interface TestAccount {
  employeeNo: string;
  password: string;
  token: string;
  role: Role;
  unitId: string;
}

/** A staff account with a known password and a valid token. */
export async function givenAccount(options: { role: Role; unitId: string; name?: string }): Promise<TestAccount> {
  const employeeNo = `T${randomBytes(5).toString('hex').toUpperCase()}`;
  const password = `pw-${randomBytes(6).toString('base64url')}`;
  const account = {
    employeeNo,
    name: options.name ?? '测试员工',
    role: options.role,
    unitId: options.unitId,
    passwordHash: await hashPassword(password),
    tokenVersion: 0,
    disabled: false,
    createdAt: new Date().toISOString(),
  };
  await putAccountIfAbsent(account);
  const { token } = await issueToken(account, process.env.AUTH_TOKEN_SECRET!, 60, new Date());
  return { employeeNo, password, token, role: options.role, unitId: options.unitId };
}

export function bearer(account: { token: string }): Record<string, string> {
  return { authorization: `Bearer ${account.token}` };
}
