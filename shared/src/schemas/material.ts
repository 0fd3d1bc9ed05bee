import { z } from 'zod';
import { MaterialIdSchema } from './common';

export const materialKinds = ['right', 'case'] as const;
export const MaterialKindSchema = z.enum(materialKinds);
export type MaterialKind = z.infer<typeof MaterialKindSchema>;

export const materialFormats = ['article', 'video', 'long_image', 'leaflet'] as const;

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
    title: z.string().trim().min(2).max(40),
    summary: z.string().trim().min(10).max(140),
    sections: z.array(MaterialSectionSchema).min(1).max(12),
    /** Optional short video (HTTPS): its plays are counted as video_play. */
    videoUrl: z.url({ protocol: /^https$/ }).max(500).optional(),
    /** Optional cover image (HTTPS), also used on share cards and posters. */
    coverImageUrl: z.url({ protocol: /^https$/ }).max(500).optional(),
  })
  .strict();
export type Material = z.infer<typeof MaterialSchema>;

/** What a landing page lists: enough to choose, not the whole text. */
export type MaterialSummary = Pick<Material, 'id' | 'kind' | 'format' | 'title' | 'summary' | 'coverImageUrl'>;

export function summarize(material: Material): MaterialSummary {
  const { id, kind, format, title, summary, coverImageUrl } = material;
  return { id, kind, format, title, summary, ...(coverImageUrl ? { coverImageUrl } : {}) };
}
