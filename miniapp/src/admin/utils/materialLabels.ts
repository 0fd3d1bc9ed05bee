import type { MaterialKind } from '@rights-outreach/shared';

export { materialFormatLabels, materialOriginLabels, type MaterialFormat } from '@rights-outreach/shared';

/** The two groups admin manages, named as the consumer-protection office names them. */
export const materialKindGroupLabels: Record<MaterialKind, string> = {
  right: '八大权益',
  case: '以案说险',
};
