import { useCallback, useState } from 'react';
import type { ZodType } from 'zod';
import { fieldErrors, type FieldErrors } from '../../utils/fieldErrors';

/**
 * A form's values and its per-field messages. `check` validates with the same shared zod
 * schema the API uses: on success it clears the messages and returns the parsed request,
 * otherwise it shows a Chinese message next to each field and returns null.
 */
export function useForm<V extends object>(initial: V | (() => V)) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  /** Changes one field and clears its message (the admin is fixing it). */
  const set = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    setErrors((prev) => withoutField(prev, String(key)));
  }, []);

  const check = useCallback(<O>(schema: ZodType<O>, input: unknown, hints?: Record<string, string>): O | null => {
    const result = schema.safeParse(input);
    if (result.success) {
      setErrors({});
      return result.data;
    }
    setErrors(fieldErrors(result.error, hints));
    return null;
  }, []);

  return { values, setValues, set, errors, setErrors, check };
}

function withoutField(errors: FieldErrors, field: string): FieldErrors {
  const kept = Object.entries(errors).filter(([path]) => path !== field && !path.startsWith(`${field}.`) && path !== '');
  return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
}
