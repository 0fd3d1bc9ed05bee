/** Elder mode's text is at least this much larger than the standard size. */
export const elderMinScale = 1.3;

/**
 * Largest page scale: beyond it a phone-width line holds too few characters to read. Standard
 * mode keeps a two-column part or two (material chips next to titles), elder mode is one column.
 */
const maxScale = { standard: 1.6, elder: 2 } as const;

/**
 * The page's root font scale: the WeChat factor, and in elder mode at least 1.3 (the larger
 * of the two), both capped so a line still holds a few characters.
 */
export function pageFontScale(wechatFactor: number, elder: boolean): number {
  const factor = Number.isFinite(wechatFactor) && wechatFactor > 1 ? wechatFactor : 1;
  return elder ? Math.min(Math.max(elderMinScale, factor), maxScale.elder) : Math.min(factor, maxScale.standard);
}
