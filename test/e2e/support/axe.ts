import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The WCAG levels the app is held to (issue 11): A and AA of WCAG 2.0 and 2.1. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21aa'];

/** axe-core's verdict on the whole document for the WCAG 2.1 AA rules (hidden pages of Taro's stack are skipped by axe itself). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: createRequire(__filename).resolve('axe-core/axe.min.js') });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: tags } });
    return violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target }) => ({ target: target.map(String) })),
    }));
  }, wcagTags);
}

/** One line per rule: id, impact, how many elements, the first few of them. */
export const describeViolations = (violations: AxeViolation[]): string =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    )
    .join('\n');
