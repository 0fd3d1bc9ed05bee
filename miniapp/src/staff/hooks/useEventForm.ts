import { useCallback, useMemo, useState } from 'react';
import type { EventFields, TargetGroup } from '@rights-outreach/shared';
import { validateEventForm, type EventFormValues, type FormErrors, type FormField } from '../logic/eventForm';

type TextField = Exclude<keyof EventFormValues, 'location' | 'targetGroups' | 'type' | 'workplaceIds' | 'platform'>;

/** Which fields' messages may show: blurred or changed ones, and every field once submitted. */
function visible(errors: FormErrors, touched: ReadonlySet<FormField>, submitted: boolean): FormErrors {
  if (submitted) return errors;
  const shown: FormErrors = {};
  for (const [field, message] of Object.entries(errors) as [FormField, string][]) {
    // The start time is one value made of two pickers.
    const seen = touched.has(field) || (field === 'startAt' && (touched.has('date') || touched.has('time')));
    if (seen) shown[field] = message;
  }
  return shown;
}

/**
 * The event form's state: values, and the API schema's verdict on them, shown field by field
 * after a field is left (blur) and for all fields once the person tries to save.
 */
export function useEventForm(initial: EventFormValues) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<FormField>>(new Set());
  const [submitted, setSubmitted] = useState(false);

  const validation = useMemo(() => validateEventForm(values), [values]);
  const errors = useMemo(() => visible(validation.ok ? {} : validation.errors, touched, submitted), [validation, touched, submitted]);

  const touch = useCallback((field: FormField) => {
    setTouched((current) => (current.has(field) ? current : new Set([...current, field])));
  }, []);

  const setText = useCallback((field: TextField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  }, []);

  /** A choice made with a picker or chip counts as leaving the field. */
  const choose = useCallback(
    <F extends 'campaignCode' | 'unitId' | 'type' | 'date' | 'time' | 'platform'>(field: F, value: EventFormValues[F]) => {
      setValues((current) => ({ ...current, [field]: value }));
      touch(field);
    },
    [touch],
  );

  const toggleTargetGroup = useCallback(
    (group: TargetGroup) => {
      setValues((current) => ({
        ...current,
        targetGroups: current.targetGroups.includes(group)
          ? current.targetGroups.filter((g) => g !== group)
          : [...current.targetGroups, group],
      }));
      touch('targetGroups');
    },
    [touch],
  );

  const toggleWorkplace = useCallback(
    (id: string) => {
      setValues((current) => ({
        ...current,
        workplaceIds: current.workplaceIds.includes(id) ? current.workplaceIds.filter((w) => w !== id) : [...current.workplaceIds, id],
      }));
      touch('workplaceIds');
    },
    [touch],
  );

  const setLocation = useCallback((location: EventFormValues['location']) => {
    setValues((current) => {
      const { location: _previous, ...rest } = current;
      return location ? { ...rest, location } : rest;
    });
  }, []);

  /** Shows every message; the valid fields when there is none. */
  const submit = useCallback((): { ok: true; fields: EventFields } | { ok: false; errors: FormErrors } => {
    setSubmitted(true);
    return validation;
  }, [validation]);

  return { values, errors, setText, choose, toggleTargetGroup, toggleWorkplace, setLocation, touch, submit };
}
