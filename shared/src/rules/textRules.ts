/**
 * The rules behind the shared schemas, without zod: patterns, limits and their Chinese messages.
 * The zod schemas are built from them, and the consumer pages (the weapp main package, where zod
 * would be a sixth of the download) check with them directly. test/unit/shared/rules.test.ts
 * proves that both give the same answer.
 */

/** A string pattern and the message shown when a value does not match it. */
export interface PatternRule {
  pattern: RegExp;
  message: string;
}

/** Whether `value` is a string matching the rule's pattern. */
export function matches(rule: PatternRule, value: unknown): value is string {
  return typeof value === 'string' && rule.pattern.test(value);
}
