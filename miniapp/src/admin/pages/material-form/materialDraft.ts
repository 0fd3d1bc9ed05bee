import type { Material, MaterialKind, MaterialOriginKind, UpdateMaterialRequest } from '@rights-outreach/shared';
import type { MaterialFormat } from '../../utils/materialLabels';

export interface SectionDraft {
  heading: string;
  body: string;
}

/** The material form's values: a Material whose choices may still be empty and whose URLs may be blank. */
export interface MaterialDraft {
  id: string;
  kind: MaterialKind | '';
  format: MaterialFormat | '';
  /** 原创 or 转载; chosen by the admin (a new material starts unchosen). */
  originKind: MaterialOriginKind | '';
  /** Where a 转载 material is from; ignored for 原创. */
  originFrom: string;
  title: string;
  summary: string;
  sections: SectionDraft[];
  videoUrl: string;
  coverImageUrl: string;
}

/** The schema's limit on sections: the form offers no 添加段落 beyond it. */
export const maxSections = 12;

export const emptySection = (): SectionDraft => ({ heading: '', body: '' });

/** A new material: an article with one empty section, of the kind the admin came from. */
export function emptyMaterialDraft(kind: MaterialKind | '' = ''): MaterialDraft {
  return {
    id: '',
    kind,
    format: 'article',
    originKind: '',
    originFrom: '',
    title: '',
    summary: '',
    sections: [emptySection()],
    videoUrl: '',
    coverImageUrl: '',
  };
}

/** The form's values for a material's draft (absent URLs as blank boxes). */
export function draftOfMaterial(material: Material): MaterialDraft {
  return {
    id: material.id,
    kind: material.kind,
    format: material.format,
    originKind: material.origin.kind,
    originFrom: material.origin.kind === 'reposted' ? material.origin.from : '',
    title: material.title,
    summary: material.summary,
    sections: material.sections.map(({ heading, body }) => ({ heading, body })),
    videoUrl: material.videoUrl ?? '',
    coverImageUrl: material.coverImageUrl ?? '',
  };
}

/**
 * The body of PUT /admin/materials/{id} from the form, still to be checked with the shared
 * schema: blank optional URLs are left out (the schema would refuse an empty string).
 */
export function updateRequestOf(draft: MaterialDraft): Partial<Record<keyof UpdateMaterialRequest, unknown>> {
  const videoUrl = draft.videoUrl.trim();
  const coverImageUrl = draft.coverImageUrl.trim();
  return {
    format: draft.format,
    origin: originOf(draft),
    title: draft.title,
    summary: draft.summary,
    sections: draft.sections.map(({ heading, body }) => ({ heading, body })),
    ...(videoUrl === '' ? {} : { videoUrl }),
    ...(coverImageUrl === '' ? {} : { coverImageUrl }),
  };
}

/** The origin as the schema wants it: 转载 carries its source, 原创 nothing; unchosen stays empty for the schema to refuse. */
function originOf(draft: MaterialDraft): unknown {
  if (draft.originKind === 'reposted') return { kind: 'reposted', from: draft.originFrom };
  if (draft.originKind === 'original') return { kind: 'original' };
  return undefined;
}

/** The body of POST /admin/materials: the same, with the id and kind that never change afterwards. */
export function createRequestOf(draft: MaterialDraft): Partial<Record<keyof Material, unknown>> {
  return { id: draft.id.trim(), kind: draft.kind, ...updateRequestOf(draft) };
}

const urlHint = '请填写以 https:// 开头的完整网址（最多 500 个字符），不需要可留空';

/**
 * Chinese messages for the material schema's technical (English) ones, by field (see
 * utils/fieldErrors); one pair per possible section, so each box gets its own message.
 */
export const materialHints: Record<string, string> = {
  id: '资料编号为 2–48 位小写字母、数字或连字符（-），以字母或数字开头',
  kind: '请选择资料类别',
  format: '请选择资料形式',
  origin: '请选择原创或转载',
  'origin.kind': '请选择原创或转载',
  'origin.from': '请填写转载来源（2–40 个字），例如 国家金融监督管理总局',
  title: '标题为 2–40 个字',
  summary: '摘要为 10–140 个字',
  sections: `正文需要 1–${maxSections} 个段落`,
  videoUrl: urlHint,
  coverImageUrl: urlHint,
  ...Object.fromEntries(
    Array.from({ length: maxSections }, (_, i) => [
      [`sections.${i}.heading`, '请填写小标题（最多 40 个字）'],
      [`sections.${i}.body`, '请填写段落正文（最多 2000 个字）'],
    ]).flat(),
  ),
};

/** Keeps the messages of sections in step with a reorder: `order[i]` is the old index of the section now at `i`. */
export function reindexSectionErrors(errors: Record<string, string>, order: readonly number[]): Record<string, string> {
  const moved: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^sections\.(\d+)(\..*)?$/.exec(path);
    if (!match) {
      moved[path] = message;
      continue;
    }
    const now = order.indexOf(Number(match[1]));
    if (now >= 0) moved[`sections.${now}${match[2] ?? ''}`] = message;
  }
  return moved;
}

/** Whether two drafts hold the same content (the form against what was last saved). */
export function sameDraft(a: MaterialDraft, b: MaterialDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
