import { caseMaterials, caseSectionHeadings, type Material, MaterialSchema, rightsMaterials } from '@rights-outreach/shared';

const allMaterials: Material[] = [...rightsMaterials, ...caseMaterials];
const rightHeadings = ['这项权利是什么', '生活中的例子', '遇到问题怎么办'];
const helpLines = ['12378', '110', '96110', '客服'];

function fullText(material: Material): string {
  return [material.title, material.summary, ...material.sections.flatMap((s) => [s.heading, s.body])].join('\n');
}

describe('consumer materials (rights and cases)', () => {
  it('offers the eight rights and at least six cases to read', () => {
    expect(rightsMaterials).toHaveLength(8);
    expect(caseMaterials.length).toBeGreaterThanOrEqual(6);
    expect(allMaterials.length).toBeGreaterThanOrEqual(13);
  });

  it.each(allMaterials.map((m) => [m.id, m] as const))('%s passes the material schema an admin would be held to', (_id, material) => {
    expect(MaterialSchema.safeParse(material).error).toBeUndefined();
  });

  it('gives every material its own id', () => {
    const ids = allMaterials.map((m) => m.id);

    expect(new Set(ids).size).toBe(ids.length);
  });

  it('labels rights as rights and cases as cases', () => {
    expect(rightsMaterials.every((m) => m.kind === 'right')).toBe(true);
    expect(caseMaterials.every((m) => m.kind === 'case' && m.id.startsWith('case-'))).toBe(true);
  });

  it('covers the case topics the domain names', () => {
    const ids = caseMaterials.map((m) => m.id);

    expect(ids).toEqual(
      expect.arrayContaining([
        'case-telecom-fraud',
        'case-elderly-care-scam',
        'case-illegal-fundraising',
        'case-over-borrowing',
        'case-surrender-agent',
      ]),
    );
  });

  it.each(caseMaterials.map((m) => [m.id, m] as const))(
    '%s tells the story, the warning signs, prevention and what to do',
    (_id, material) => {
      expect(material.sections.map((s) => s.heading)).toEqual([...caseSectionHeadings]);
    },
  );

  it.each(rightsMaterials.map((m) => [m.id, m] as const))('%s keeps its three sections', (_id, material) => {
    expect(material.sections.map((s) => s.heading)).toEqual(rightHeadings);
  });

  it.each(allMaterials.map((m) => [m.id, m] as const))('%s tells the reader where to get help', (_id, material) => {
    const text = fullText(material);

    expect(helpLines.some((line) => text.includes(line))).toBe(true);
  });

  it.each(caseMaterials.map((m) => [m.id, m] as const))('%s says whom to call in its last section', (_id, material) => {
    const last = material.sections.at(-1)!.body;

    expect(helpLines.some((line) => line !== '客服' && last.includes(line))).toBe(true);
  });

  it('keeps every heading and section body within the schema limits', () => {
    for (const material of allMaterials) {
      expect(material.title.length).toBeLessThanOrEqual(40);
      for (const section of material.sections) {
        expect(section.heading.length).toBeLessThanOrEqual(40);
        expect(section.body.length).toBeLessThanOrEqual(2000);
      }
    }
  });

  it('states the cooling-off period as at least 15 days wherever it gives a number', () => {
    const withDays = allMaterials.map(fullText).filter((text) => /犹豫期/.test(text) && /\d+\s*天/.test(text));

    expect(withDays.length).toBeGreaterThan(0);
    for (const text of withDays) expect(text).toContain('不少于15天');
  });
});
