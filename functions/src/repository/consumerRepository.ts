import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client';
import { keys, type Key } from './keys';
import { putIfAbsent, queryAll } from './tableOps';

/** A consumer's rating as stored: no person, no address. */
export interface FeedbackRecord {
  id: string;
  campaignCode: string;
  eventId?: string;
  materialId?: string;
  rating: number;
  comment?: string;
  at: string;
  receivedAt: string;
  expiresAt: number;
  /** Fingerprint of the request that stored it (see requestFingerprint.ts). */
  requestHash: string;
}

/** A sign-up as stored: name and phone only sealed (encrypted), deleted by TTL after the event. */
export interface SignupRecord {
  id: string;
  campaignCode: string;
  eventId: string;
  nameSealed?: string;
  phoneSealed?: string;
  at: string;
  receivedAt: string;
  expiresAt: number;
  requestHash: string;
}

/** Stores a feedback once under its client id; false if it was already stored. */
export function putFeedbackIfAbsent(record: FeedbackRecord): Promise<boolean> {
  return putIfAbsent({
    ...keys.feedback(record.id),
    ...keys.feedbackIndex(record.campaignCode, record.receivedAt, record.id),
    entity: 'feedback',
    ...record,
    ttl: record.expiresAt,
  });
}

export async function listFeedback(campaignCode: string): Promise<FeedbackRecord[]> {
  const items = await queryAll({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.feedbackIndex(campaignCode, '', '').gsi1pk },
    ScanIndexForward: false,
  });
  return items.map(({ pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, entity: _e, ttl: _t, ...record }) => record as unknown as FeedbackRecord);
}

export function putSignupIfAbsent(record: SignupRecord): Promise<boolean> {
  return putIfAbsent({
    ...keys.signup(record.id),
    ...keys.signupIndex(record.eventId, record.receivedAt, record.id),
    entity: 'signup',
    ...record,
    ttl: record.expiresAt,
  });
}

export async function listSignups(eventId: string): Promise<SignupRecord[]> {
  const items = await queryAll({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.signupIndex(eventId, '', '').gsi1pk },
  });
  // TTL deletion runs within days, not at the second: never hand out what has expired.
  const now = Math.floor(Date.now() / 1000);
  return items
    .filter((item) => Number(item.ttl ?? Infinity) > now)
    .map(({ pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, entity: _e, ttl: _t, ...record }) => record as unknown as SignupRecord);
}

/** The fingerprint of the feedback stored under this client id; undefined if none (or stored before fingerprints). */
export function feedbackFingerprint(id: string): Promise<string | undefined> {
  return storedFingerprint(keys.feedback(id));
}

export function signupFingerprint(id: string): Promise<string | undefined> {
  return storedFingerprint(keys.signup(id));
}

async function storedFingerprint(key: Key): Promise<string | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true, ProjectionExpression: 'requestHash' }),
  );
  return typeof Item?.requestHash === 'string' ? Item.requestHash : undefined;
}
