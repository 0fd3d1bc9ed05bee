import * as z from 'zod';
import { MaterialIdSchema } from './common';

export const materialKinds = ['right', 'case'] as const;
export const MaterialKindSchema = z.enum(materialKinds);
export type MaterialKind = z.infer<typeof MaterialKindSchema>;

/** A material's form: 文案, 视频, 长图, 美篇, 折页 (materialFormatLabels). */
export const materialFormats = ['article', 'video', 'long_image', 'meipian', 'leaflet'] as const;
export type MaterialFormat = (typeof materialFormats)[number];

export const materialFormatLabels: Record<MaterialFormat, string> = {
  article: '文案',
  video: '视频',
  long_image: '长图',
  meipian: '美篇',
  leaflet: '折页',
};

/** Whether the insurer made a material (原创) or reposted it from somewhere (转载). */
export const materialOriginKinds = ['original', 'reposted'] as const;
export type MaterialOriginKind = (typeof materialOriginKinds)[number];

export const materialOriginLabels: Record<MaterialOriginKind, string> = {
  original: '原创',
  reposted: '转载',
};

/**
 * 原创, or 转载 with where from (e.g. 国家金融监督管理总局, 行业协会). Materials stored before
 * origins existed read as 原创 (repository/materialRepository.ts, docs/metrics.md).
 */
export const MaterialOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('original') }).strict(),
  z
    .object({
      kind: z.literal('reposted'),
      from: z.string().trim().min(2, '转载来源至少 2 个字').max(40, '转载来源最多 40 个字'),
    })
    .strict(),
]);
export type MaterialOrigin = z.infer<typeof MaterialOriginSchema>;

/** Stored materials without an origin (written before it existed) read as the insurer's own. */
export const legacyMaterialOrigin: MaterialOrigin = { kind: 'original' };

/**
 * A video of the project's own, served with the H5 app under `/media/` (the demo's, written by
 * scripts/makeDemoVideos.ts); the app resolves it against its media host.
 */
export const MediaPathSchema = z.string().regex(/^\/media\/[a-z0-9][a-z0-9-]{0,60}\.mp4$/, 'a /media/<name>.mp4 path');

export const MaterialSectionSchema = z
  .object({
    heading: z.string().trim().min(1).max(40),
    body: z.string().trim().min(1).max(2000),
  })
  .strict();

export const MaterialSchema = z
  .object({
    id: MaterialIdSchema,
    kind: MaterialKindSchema,
    format: z.enum(materialFormats),
    origin: MaterialOriginSchema,
    title: z.string().trim().min(2).max(40),
    summary: z.string().trim().min(10).max(140),
    sections: z.array(MaterialSectionSchema).min(1).max(12),
    /** Optional short video (HTTPS, or the project's own `/media/…`): played on the material page, its plays counted as video_play. */
    videoUrl: z.union([z.url({ protocol: /^https$/ }).max(500), MediaPathSchema]).optional(),
    /** Optional cover image (HTTPS), also used on share cards and posters. */
    coverImageUrl: z
      .url({ protocol: /^https$/ })
      .max(500)
      .optional(),
  })
  .strict();
export type Material = z.infer<typeof MaterialSchema>;

/** Whether consumers can see a material: drafts and unpublished ones are hidden from them. */
export const materialStatuses = ['draft', 'published', 'unpublished'] as const;
export type MaterialStatus = (typeof materialStatuses)[number];

export const materialStatusLabels: Record<MaterialStatus, string> = {
  draft: '草稿',
  published: '已发布',
  unpublished: '已下架',
};

/** POST /admin/materials: a new material, saved as a draft. */
export const CreateMaterialRequestSchema = MaterialSchema;
export type CreateMaterialRequest = Material;

/** PUT /admin/materials/{id}: the draft's new content (kind and id never change). */
export const UpdateMaterialRequestSchema = MaterialSchema.omit({ id: true, kind: true });
export type UpdateMaterialRequest = z.infer<typeof UpdateMaterialRequestSchema>;

/**
 * A material as the API answers it. Unlike the request schema it lets unknown fields pass
 * (and drops them), so an older mini-program still reads what a newer API adds.
 */
export const MaterialViewSchema = z.object({
  ...MaterialSchema.shape,
  // An answer of an API from before origins (or a stored material without one) reads as 原创.
  origin: MaterialOriginSchema.default(legacyMaterialOrigin),
});

/**
 * A published version: immutable once written, so what was read (and counted) under a
 * material stays what it was. Editing a published material edits its draft; publishing the
 * draft writes the next version.
 */
export const PublishedMaterialSchema = z.object({
  ...MaterialViewSchema.shape,
  version: z.number().int().min(1),
  publishedAt: z.string(),
});
export type PublishedMaterial = z.infer<typeof PublishedMaterialSchema>;

/** A material as admin manages it. */
export const AdminMaterialViewSchema = z.object({
  id: z.string(),
  kind: MaterialKindSchema,
  status: z.enum(materialStatuses),
  draft: MaterialViewSchema,
  /** The version consumers see (or saw, if unpublished). */
  published: PublishedMaterialSchema.optional(),
  /** The draft differs from the published version. */
  hasUnpublishedChanges: z.boolean(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type AdminMaterialView = z.infer<typeof AdminMaterialViewSchema>;

export const AdminMaterialListSchema = z.object({ materials: z.array(AdminMaterialViewSchema) });

/** What a landing page lists: enough to choose, not the whole text. */
export const MaterialSummarySchema = MaterialViewSchema.pick({
  id: true,
  kind: true,
  format: true,
  title: true,
  summary: true,
  coverImageUrl: true,
});
export type MaterialSummary = z.infer<typeof MaterialSummarySchema>;

export function summarize(material: Material): MaterialSummary {
  const { id, kind, format, title, summary, coverImageUrl } = material;
  return { id, kind, format, title, summary, ...(coverImageUrl ? { coverImageUrl } : {}) };
}
