import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../config';
import { ServiceUnavailableError } from '../errors';
import { traceClient } from '../observability/tracing';
import { pastDeadline } from '../requestDeadline';
import { countStoreCall } from './storeMetrics';

let documentClient: DynamoDBDocumentClient | undefined;

/**
 * How long one store call may take, retries included: at most `maxAttempts` attempts of at
 * most `requestTimeoutMs` each (connecting included), with the SDK's standard back-off between
 * them (at most 500 ms before a second attempt, the throttling base). 2 × 4 s + 0.5 s = 8.5 s
 * fits inside the shortest function's 10 s less the second the handler keeps to answer 503
 * (http/httpHandler.ts); test/infra/cloudformation.test.ts checks it against every function.
 */
export const storeTimeouts = {
  maxAttempts: 2,
  connectionTimeoutMs: 1_000,
  requestTimeoutMs: 4_000,
  maxBackoffMs: 500,
} as const;

/** The longest one store call can take, all attempts and back-off included. */
export function storeCallBoundMs(timeouts: typeof storeTimeouts = storeTimeouts): number {
  return timeouts.maxAttempts * timeouts.requestTimeoutMs + (timeouts.maxAttempts - 1) * timeouts.maxBackoffMs;
}

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
    maxAttempts: storeTimeouts.maxAttempts,
    requestHandler: {
      connectionTimeout: storeTimeouts.connectionTimeoutMs,
      requestTimeout: storeTimeouts.requestTimeoutMs,
      // Without this the SDK only logs a warning when the time is up, and waits on. On Lambda a
      // container serves one request at a time, so the clock measures the store. Locally
      // (DynamoDB Local) one process runs many handlers on one client, whose requests queue for
      // its 50 sockets with the clock already running: there the handler's own early 503
      // (http/httpHandler.ts) is the bound, and a queued request is not failed for waiting.
      throwOnRequestTimeout: !dynamodbEndpoint,
    },
    // DynamoDB Local accepts any credentials; on AWS the Lambda role's are used.
    ...(dynamodbEndpoint ? { endpoint: dynamodbEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  client.middlewareStack.add(
    (next) => async (args) => {
      // Its caller already answered 503 at the deadline: no new work for an answered request.
      if (pastDeadline()) throw new ServiceUnavailableError(new Error('The request was already answered at its deadline'));
      try {
        const result = await next(args);
        countStoreCall(result.output);
        return result;
      } catch (error) {
        countStoreCall(error);
        throw isUnavailable(error) ? new ServiceUnavailableError(error) : error;
      }
    },
    { step: 'initialize', name: 'storeUnavailableAsServiceUnavailable' },
  );
  // A subsegment per call where tracing is on; the client unchanged where it is off.
  return DynamoDBDocumentClient.from(traceClient(client), { marshallOptions: { removeUndefinedValues: true } });
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
