import {
  type EventFields,
  type EventType,
  type GeoPoint,
  type OnlinePlatform,
  type TargetGroup,
  OfflineEventFieldsSchema,
  OnlineEventFieldsSchema,
  isOnlineEvent,
  isOnlineEventType,
} from '@rights-outreach/shared';
import { fieldErrors } from '../../utils/fieldErrors';
import { shanghaiDateTime, toShanghaiIso } from '../../utils/formatEventTime';

/**
 * What the form holds while someone types: numbers stay text, so a cleared box is '' and
 * is reported as missing instead of quietly becoming 0.
 */
export interface EventFormValues {
  campaignCode: string;
  type: EventType | '';
  unitId: string;
  title: string;
  /** YYYY-MM-DD and HH:mm, Beijing time. */
  date: string;
  time: string;
  placeName: string;
  location?: GeoPoint;
  targetGroups: TargetGroup[];
  staffPresent: string;
  headcount: string;
  coverageMin: string;
  coverageMax: string;
  leaflets: string;
  colourPages: string;
  posters: string;
  otherPrinted: string;
  displayAreas: string;
  /** 职场培训: the sales workplaces it trained. */
  workplaceIds: string[];
  /** Online events: the platform, the link, the platform's viewer figure. */
  platform: OnlinePlatform | '';
  link: string;
  viewersReported: string;
  notes: string;
}

export type FormField = keyof EventFormValues | 'startAt';

/** Messages to show next to fields, keyed by form field. */
export type FormErrors = Partial<Record<FormField, string>>;

/** Schema path (dotted) → the form field that shows its message. */
const fieldOfPath: Record<string, FormField> = {
  'coverage.min': 'coverageMin',
  'coverage.max': 'coverageMax',
  coverage: 'coverageMax',
  'printed.leaflets': 'leaflets',
  'printed.colourPages': 'colourPages',
  'printed.posters': 'posters',
  'printed.other': 'otherPrinted',
};

/** Chinese messages for the schema rules whose own message is technical. */
const hints: Record<string, string> = {
  campaignCode: '请选择宣传活动',
  type: '请选择活动类型',
  unitId: '请选择所属机构',
  location: '定位信息无效，请重新获取或清除',
  targetGroups: '请重新选择重点人群',
  platform: '请选择线上平台',
  workplaceIds: '请重新选择营销职场',
  '': '填写有误，请检查',
};

/** The boxes that hold a number as text, in page order (offline events'). */
const offlineNumberFields = [
  'staffPresent',
  'headcount',
  'coverageMin',
  'coverageMax',
  'leaflets',
  'colourPages',
  'posters',
  'otherPrinted',
  'displayAreas',
] as const;
const onlineNumberFields = ['staffPresent', 'viewersReported'] as const;

/** The order fields appear on the page: the first error is scrolled to. */
export const fieldOrder: FormField[] = [
  'campaignCode',
  'type',
  'unitId',
  'title',
  'startAt',
  'date',
  'time',
  'platform',
  'link',
  'placeName',
  'location',
  'targetGroups',
  ...offlineNumberFields,
  'viewersReported',
  'workplaceIds',
  'notes',
];

/** Whether the form is for an online event (线上活动): a platform instead of a place. */
export function isOnlineForm(values: Pick<EventFormValues, 'type'>): boolean {
  return values.type !== '' && isOnlineEventType(values.type);
}

/** A new form: the campaign being viewed, the staff member's own unit, today. */
export function newEventForm(defaults: { campaignCode: string; unitId: string; now: Date }): EventFormValues {
  const today = shanghaiDateTime(defaults.now.toISOString());
  return {
    campaignCode: defaults.campaignCode,
    type: '',
    unitId: defaults.unitId,
    title: '',
    date: today?.date ?? '',
    time: '',
    placeName: '',
    targetGroups: [],
    staffPresent: '',
    headcount: '',
    coverageMin: '',
    coverageMax: '',
    leaflets: '0',
    colourPages: '0',
    posters: '0',
    otherPrinted: '0',
    displayAreas: '0',
    workplaceIds: [],
    platform: '',
    link: '',
    viewersReported: '',
    notes: '',
  };
}

/** The form for editing an event as it stands (the other kind's boxes start empty, as on a new form). */
export function eventFormFrom(event: EventFields): EventFormValues {
  const start = shanghaiDateTime(event.startAt);
  const common = {
    ...newEventForm({ campaignCode: event.campaignCode, unitId: event.unitId, now: new Date(event.startAt) }),
    type: event.type,
    title: event.title,
    date: start?.date ?? '',
    time: start?.time ?? '',
    targetGroups: [...event.targetGroups],
    staffPresent: String(event.staffPresent),
    notes: event.notes ?? '',
  };
  if (isOnlineEvent(event)) {
    return { ...common, platform: event.platform, link: event.link ?? '', viewersReported: String(event.viewersReported) };
  }
  return {
    ...common,
    placeName: event.placeName,
    ...(event.location ? { location: event.location } : {}),
    headcount: String(event.headcount),
    coverageMin: String(event.coverage.min),
    coverageMax: String(event.coverage.max),
    leaflets: String(event.printed.leaflets),
    colourPages: String(event.printed.colourPages),
    posters: String(event.printed.posters),
    otherPrinted: String(event.printed.other),
    displayAreas: String(event.displayAreas),
    workplaceIds: [...(event.workplaceIds ?? [])],
  };
}

/** '' stays missing (the schema then says 请填写…); anything not a number is NaN, reported as such. */
function count(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The request body the form stands for, before validation: an online event's fields or an offline one's. */
export function toEventInput(values: EventFormValues): Record<string, unknown> {
  const notes = values.notes.trim();
  const common = {
    campaignCode: values.campaignCode,
    type: values.type,
    unitId: values.unitId,
    title: values.title,
    startAt: toShanghaiIso(values.date, values.time),
    targetGroups: values.targetGroups,
    staffPresent: count(values.staffPresent),
    ...(notes ? { notes } : {}),
  };
  if (isOnlineForm(values)) {
    const link = values.link.trim();
    return { ...common, platform: values.platform, ...(link ? { link } : {}), viewersReported: count(values.viewersReported) };
  }
  return {
    ...common,
    placeName: values.placeName,
    ...(values.location ? { location: values.location } : {}),
    headcount: count(values.headcount),
    coverage: { min: count(values.coverageMin), max: count(values.coverageMax) },
    printed: {
      leaflets: count(values.leaflets),
      colourPages: count(values.colourPages),
      posters: count(values.posters),
      other: count(values.otherPrinted),
    },
    displayAreas: count(values.displayAreas),
    ...(values.type === 'workplace_training' && values.workplaceIds.length > 0 ? { workplaceIds: values.workplaceIds } : {}),
  };
}

export type FormValidation = { ok: true; fields: EventFields } | { ok: false; errors: FormErrors };

/**
 * Validates with the API's own schemas (the variant of EventFieldsSchema for the chosen type:
 * offline until an online type is chosen), so the phone accepts exactly what the server will;
 * each message lands next to the field it is about, in Chinese.
 */
export function validateEventForm(values: EventFormValues): FormValidation {
  const online = isOnlineForm(values);
  const parsed = (online ? OnlineEventFieldsSchema : OfflineEventFieldsSchema).safeParse(toEventInput(values));
  if (parsed.success) return { ok: true, fields: parsed.data };
  const errors: FormErrors = {};
  for (const [path, message] of Object.entries(fieldErrors(parsed.error, hints))) {
    const field = fieldOfPath[path] ?? ((path.split('.')[0] || '') as FormField);
    if (field && errors[field] === undefined) errors[field] = message;
  }
  for (const field of online ? onlineNumberFields : offlineNumberFields) {
    const text = values[field].trim();
    if (text !== '' && Number.isNaN(count(text))) errors[field] = '请输入数字';
  }
  return { ok: false, errors };
}

/** The first field with an error, in page order (to scroll to). */
export function firstErrorField(errors: FormErrors): FormField | undefined {
  return fieldOrder.find((field) => errors[field] !== undefined);
}
