import type { MaterialKind, materialFormats } from '@rights-outreach/shared';

export type MaterialFormat = (typeof materialFormats)[number];

/** The two groups admin manages, named as the consumer-protection office names them. */
export const materialKindGroupLabels: Record<MaterialKind, string> = {
  right: '八大权益',
  case: '以案说险',
};

export const materialFormatLabels: Record<MaterialFormat, string> = {
  article: '图文',
  video: '短视频',
  long_image: '长图',
  leaflet: '宣传折页',
};
