import {
  MediaPostFieldsSchema,
  PlatformFigureInputSchema,
  platformFigureNames,
  type MediaOutlet,
  type MediaPost,
  type MediaPostFields,
  type PlatformFigure,
  type PlatformFigureFields,
  type PlatformFigureName,
  type ReportingPlatform,
} from '@rights-outreach/shared';
import { fieldErrors, type FieldErrors } from '../../utils/fieldErrors';

/** The platform figure form's values: the figures as typed (blank: not shown on that platform). */
export interface PlatformFigureDraft extends Record<PlatformFigureName, string> {
  unitId: string;
  platform: ReportingPlatform | '';
  subject: string;
  asOf: string;
  notes: string;
}

export interface MediaPostDraft {
  unitId: string;
  outlet: MediaOutlet | '';
  title: string;
  url: string;
  publishedOn: string;
  notes: string;
}

export type Checked<T> = { ok: true; fields: T } | { ok: false; errors: FieldErrors };

export function emptyPlatformFigureDraft(unitId: string, today: string): PlatformFigureDraft {
  return { unitId, platform: '', subject: '', asOf: today, views: '', plays: '', shares: '', likes: '', comments: '', notes: '' };
}

export function draftOfPlatformFigure(figure: PlatformFigure): PlatformFigureDraft {
  const figures = Object.fromEntries(platformFigureNames.map((name) => [name, figure[name] === undefined ? '' : String(figure[name])]));
  return {
    unitId: figure.unitId,
    platform: figure.platform,
    subject: figure.subject,
    asOf: figure.asOf,
    notes: figure.notes ?? '',
    ...(figures as Record<PlatformFigureName, string>),
  };
}

export function emptyMediaPostDraft(unitId: string, today: string): MediaPostDraft {
  return { unitId, outlet: '', title: '', url: '', publishedOn: today, notes: '' };
}

export function draftOfMediaPost(post: MediaPost): MediaPostDraft {
  return {
    unitId: post.unitId,
    outlet: post.outlet,
    title: post.title,
    url: post.url,
    publishedOn: post.publishedOn,
    notes: post.notes ?? '',
  };
}

/** A typed figure as a number: blank is no figure; anything but digits stays NaN for the schema to refuse. */
function figureOf(text: string): number | undefined {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

const optionalText = (text: string) => (text.trim() === '' ? undefined : text);

const platformHints: Record<string, string> = {
  platform: '请选择平台',
  unitId: '请选择所属机构',
  asOf: '请选择截至日期',
};

/** Checks the platform figure form with the API's own schema; the messages are Chinese, by field. */
export function checkPlatformFigure(draft: PlatformFigureDraft, campaignCode: string): Checked<PlatformFigureFields> {
  const figures = Object.fromEntries(platformFigureNames.map((name) => [name, figureOf(draft[name])]));
  const result = PlatformFigureInputSchema.safeParse({
    campaignCode,
    unitId: draft.unitId,
    platform: draft.platform === '' ? undefined : draft.platform,
    subject: draft.subject,
    asOf: draft.asOf,
    ...figures,
    notes: optionalText(draft.notes),
  });
  return result.success ? { ok: true, fields: result.data } : { ok: false, errors: fieldErrors(result.error, platformHints) };
}

const postHints: Record<string, string> = {
  outlet: '请选择发布渠道',
  unitId: '请选择所属机构',
  publishedOn: '请选择发布日期',
};

/** Checks the media post form with the API's own schema. */
export function checkMediaPost(draft: MediaPostDraft, campaignCode: string): Checked<MediaPostFields> {
  const result = MediaPostFieldsSchema.safeParse({
    campaignCode,
    unitId: draft.unitId,
    outlet: draft.outlet === '' ? undefined : draft.outlet,
    title: draft.title,
    url: draft.url.trim(),
    publishedOn: draft.publishedOn,
    notes: optionalText(draft.notes),
  });
  return result.success ? { ok: true, fields: result.data } : { ok: false, errors: fieldErrors(result.error, postHints) };
}
