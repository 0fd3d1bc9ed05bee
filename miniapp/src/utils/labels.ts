import type { MaterialKind } from '@rights-outreach/shared';

/** Short tag shown above a material's title. */
export const materialKindLabels: Record<MaterialKind, string> = {
  right: '消费者权益',
  case: '以案说险',
};
