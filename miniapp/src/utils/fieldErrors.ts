import type { ZodError } from 'zod';

/** One message per field, keyed by the dotted path of the value (`name`, `targetGroups.0`); `''` is the whole form. */
export type FieldErrors = Record<string, string>;

const chinese = /[\u4e00-\u9fff]/;
const genericMessage = '填写有误，请检查';

/**
 * Turns a failed `safeParse` of a shared schema into messages to show next to each field.
 * The first issue of a path wins. A form's own hint for exactly that field wins (it knows the
 * context, e.g. 请选择宣传活动 for an empty picker); otherwise a schema message in Chinese is
 * shown as is, and a technical (English) one falls back to the hint of the nearest parent path
 * (so `materialIds.3` uses `materialIds`), then to a generic Chinese message.
 */
export function fieldErrors(error: ZodError, hints: Record<string, string> = {}): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (path in errors) continue;
    errors[path] = hints[path] ?? (chinese.test(issue.message) ? issue.message : (hintFor(path, hints) ?? genericMessage));
  }
  return errors;
}

/** The message for a field or anything inside it (`materialIds` also shows `materialIds.3`). */
export function errorUnder(errors: FieldErrors, field: string): string | undefined {
  if (errors[field] !== undefined) return errors[field];
  const nested = Object.keys(errors).find((path) => path.startsWith(`${field}.`));
  return nested === undefined ? undefined : errors[nested];
}

function hintFor(path: string, hints: Record<string, string>): string | undefined {
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const hint = hints[parts.slice(0, length).join('.')];
    if (hint !== undefined) return hint;
  }
  return undefined;
}
