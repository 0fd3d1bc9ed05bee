import { type Material, type MaterialFormat, type MaterialOutput, formatWan, materialFormats } from '@rights-outreach/shared';

const none = (): Record<MaterialFormat, number> =>
  Object.fromEntries(materialFormats.map((format) => [format, 0])) as Record<MaterialFormat, number>;

/**
 * The campaign's published materials by format, 原创 and 转载 apart, and 转载 ones by where
 * they are from (docs/metrics.md, "Materials by format and origin"). The same for every unit:
 * materials belong to the campaign.
 */
export function materialOutput(materials: Array<Pick<Material, 'format' | 'origin'>>): MaterialOutput {
  const output: MaterialOutput = { original: none(), reposted: none(), repostedFrom: [] };
  const from = new Map<string, number>();
  for (const material of materials) {
    output[material.origin.kind][material.format] += 1;
    if (material.origin.kind === 'reposted') from.set(material.origin.from, (from.get(material.origin.from) ?? 0) + 1);
  }
  output.repostedFrom = [...from]
    .map(([source, count]) => ({ from: source, count }))
    .sort((a, b) => b.count - a.count || a.from.localeCompare(b.from, 'zh'));
  return output;
}

/** How year-end reports count each format: 文案2条、视频6个、长图1张、美篇2篇、折页3款. */
const formatWords: Record<MaterialFormat, { name: string; measure: string }> = {
  article: { name: '文案', measure: '条' },
  video: { name: '视频', measure: '个' },
  long_image: { name: '长图', measure: '张' },
  meipian: { name: '美篇', measure: '篇' },
  leaflet: { name: '折页', measure: '款' },
};

/**
 * `制作原创宣传文案2条、视频6个，转载宣传资料3件（国家金融监督管理总局2件、行业协会1件）`:
 * formats with no material left out; '' when the campaign has none.
 */
export function materialOutputClause(output: MaterialOutput): string {
  const originals = materialFormats
    .filter((format) => output.original[format] > 0)
    .map((format) => `${formatWords[format].name}${formatWan(output.original[format])}${formatWords[format].measure}`);
  const reposted = materialFormats.reduce((sum, format) => sum + output.reposted[format], 0);
  const sources = output.repostedFrom.map((entry) => `${entry.from}${formatWan(entry.count)}件`);
  return [
    originals.length > 0 ? `制作原创宣传${originals.join('、')}` : '',
    reposted > 0 ? `转载宣传资料${formatWan(reposted)}件（${sources.join('、')}）` : '',
  ]
    .filter(Boolean)
    .join('，');
}
