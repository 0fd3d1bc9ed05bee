import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../config';
import { ServiceUnavailableError } from '../errors';

let documentClient: DynamoDBDocumentClient | undefined;

/** One client per Lambda container, created on first use. */
export function db(): DynamoDBDocumentClient {
  documentClient ??= createDocumentClient();
  return documentClient;
}

export function tableName(): string {
  return config().tableName;
}

function createDocumentClient(): DynamoDBDocumentClient {
  const { dynamodbEndpoint, region } = config();
  const client = new DynamoDBClient({
    region,
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000 },
    // DynamoDB Local accepts any credentials; on AWS the Lambda role's are used.
    ...(dynamodbEndpoint
      ? { endpoint: dynamodbEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  client.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        throw isUnavailable(error) ? new ServiceUnavailableError(error) : error;
      }
    },
    { step: 'initialize', name: 'storeUnavailableAsServiceUnavailable' },
  );
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

const unavailableNames = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
]);
const unavailableCodes = /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|TimeoutError)\b|socket hang up/;

/** Failures that are the store's, not the caller's: answered 503 so clients retry. */
function isUnavailable(error: unknown): boolean {
  const e = error as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  return (
    unavailableNames.has(e?.name ?? '') ||
    unavailableCodes.test(e?.code ?? '') ||
    // The SDK may wrap a socket error into a plain Error whose message alone keeps the code.
    unavailableCodes.test(e?.message ?? '') ||
    (e?.$metadata?.httpStatusCode ?? 0) >= 500
  );
}

/** Closes the client's sockets (tests and scripts; a Lambda container keeps its client). */
export function closeDb(): void {
  documentClient?.destroy();
  documentClient = undefined;
}
