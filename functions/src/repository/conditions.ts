import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** A conditional write that found the item in another state than required. */
export function isConditionFailure(error: unknown): boolean {
  return (error as Error | undefined)?.name === 'ConditionalCheckFailedException';
}

/** For a cancelled transaction, the reason code of each item, in order ('None' for fine ones). */
export function cancellationReasons(error: unknown): string[] | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  return (error.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None');
}
