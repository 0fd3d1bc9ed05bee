import { GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Role } from '@rights-outreach/shared';
import { db, tableName } from './client';
import { cancellationReasons, isConditionFailure } from './conditions';
import { keys } from './keys';
import { putIfAbsent, queryAll } from './tableOps';

/** A staff account as stored. The password only as a slow salted hash; WeChat only as an HMAC. */
export interface AccountRecord {
  employeeNo: string;
  name: string;
  role: Role;
  unitId: string;
  passwordHash: string;
  /** Bumped to revoke every token issued before (password reset, disabling). */
  tokenVersion: number;
  disabled: boolean;
  openidHash?: string;
  createdAt: string;
}

export async function findAccount(employeeNo: string): Promise<AccountRecord | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: keys.account(employeeNo) }));
  return Item ? toAccount(Item) : undefined;
}

export function putAccountIfAbsent(account: AccountRecord): Promise<boolean> {
  return putIfAbsent({ ...keys.account(account.employeeNo), ...keys.accountIndex(account.employeeNo), entity: 'account', ...account });
}

export type AccountChanges = Partial<Pick<AccountRecord, 'name' | 'role' | 'unitId' | 'disabled' | 'passwordHash'>> & {
  /** Revoke the account's existing tokens. */
  revokeTokens?: boolean;
};

/** Applies changes to an existing account; undefined if there is none. */
export async function updateAccount(employeeNo: string, changes: AccountChanges): Promise<AccountRecord | undefined> {
  const { revokeTokens, ...fields } = changes;
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([field, value], i) => {
      names[`#f${i}`] = field;
      values[`:v${i}`] = value;
      return `#f${i} = :v${i}`;
    });
  const expression = [sets.length ? `SET ${sets.join(', ')}` : '', revokeTokens ? 'ADD tokenVersion :one' : ''].filter(Boolean).join(' ');
  if (revokeTokens) values[':one'] = 1;
  if (!expression) return findAccount(employeeNo);
  try {
    const { Attributes } = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.account(employeeNo),
        UpdateExpression: expression,
        ConditionExpression: 'attribute_exists(pk)',
        ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes ? toAccount(Attributes) : undefined;
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}

export async function listAccounts(): Promise<AccountRecord[]> {
  const items = await queryAll({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.accountIndex('').gsi1pk },
  });
  return items.map(toAccount);
}

/** The account a WeChat user (by openid hash) is bound to, if any. */
export async function findAccountByOpenidHash(openidHash: string): Promise<AccountRecord | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: keys.wechatBinding(openidHash) }));
  return Item ? findAccount(Item.employeeNo as string) : undefined;
}

export type BindOutcome = 'bound' | 'bound-to-another-account';

/**
 * Binds a WeChat user to an account, replacing the account's earlier binding. One WeChat
 * user can be bound to one account only.
 */
export async function bindWechat(employeeNo: string, openidHash: string, previousOpenidHash?: string): Promise<BindOutcome> {
  const table = tableName();
  try {
    await db().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: table,
              Item: { ...keys.wechatBinding(openidHash), entity: 'wechatBinding', employeeNo },
              ConditionExpression: 'attribute_not_exists(pk) OR employeeNo = :employeeNo',
              ExpressionAttributeValues: { ':employeeNo': employeeNo },
            },
          },
          {
            Update: {
              TableName: table,
              Key: keys.account(employeeNo),
              UpdateExpression: 'SET openidHash = :hash',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeValues: { ':hash': openidHash },
            },
          },
          ...(previousOpenidHash && previousOpenidHash !== openidHash
            ? [{ Delete: { TableName: table, Key: keys.wechatBinding(previousOpenidHash) } }]
            : []),
        ],
      }),
    );
    return 'bound';
  } catch (error) {
    if (cancellationReasons(error)?.[0] === 'ConditionalCheckFailed') return 'bound-to-another-account';
    throw error;
  }
}

function toAccount(item: Record<string, unknown>): AccountRecord {
  const { employeeNo, name, role, unitId, passwordHash, tokenVersion, disabled, openidHash, createdAt } = item as unknown as AccountRecord;
  return {
    employeeNo,
    name,
    role,
    unitId,
    passwordHash,
    tokenVersion: tokenVersion ?? 0,
    disabled: disabled ?? false,
    ...(openidHash ? { openidHash } : {}),
    createdAt,
  };
}
