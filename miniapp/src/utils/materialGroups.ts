import type { MaterialSummary } from '@rights-outreach/shared';

export interface MaterialGroup {
  /** Anchor id on the landing page, for the quick jumps. */
  id: string;
  title: string;
  /** A line under the title: what the group is for. */
  intro: string;
  materials: MaterialSummary[];
}

const known = [
  { kind: 'right', id: 'landing-group-rights', title: '金融消费者八大权益', intro: '您依法享有的八项权利，遇到问题时怎么维护。' },
  { kind: 'case', id: 'landing-group-cases', title: '以案说险', intro: '真实案例里的骗局和陷阱，学会识别和防范。' },
] as const;

/**
 * The landing page's materials in groups: the eight rights (八大权益), the case-based warnings
 * (以案说险), then any others; each keeps the campaign's order, and an empty group is left out.
 */
export function groupMaterials(materials: readonly MaterialSummary[]): MaterialGroup[] {
  const groups: MaterialGroup[] = known.map(({ kind, id, title, intro }) => ({
    id,
    title,
    intro,
    materials: materials.filter((m) => m.kind === kind),
  }));
  const others = materials.filter((m) => !known.some(({ kind }) => kind === m.kind));
  groups.push({ id: 'landing-group-others', title: '更多宣传资料', intro: '', materials: others });
  return groups.filter((group) => group.materials.length > 0);
}
