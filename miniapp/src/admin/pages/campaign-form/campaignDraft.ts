import {
  materialStatusLabels,
  rightsMaterials,
  type AdminMaterialView,
  type Campaign,
  type CampaignType,
  type MaterialKind,
  type MaterialStatus,
  type MaterialSummary,
  type TargetGroup,
} from '@rights-outreach/shared';
import { materialKindGroupLabels } from '../../utils/materialLabels';
import type { Option } from '../../utils/options';

/** The campaign form's values: a Campaign whose choices may still be empty. */
export interface CampaignDraft {
  code: string;
  type: CampaignType | '';
  name: string;
  slogan: string;
  startDate: string;
  endDate: string;
  targetGroups: TargetGroup[];
  materialIds: string[];
}

/** A new campaign starts with the eight rights: nearly every campaign hands them out. */
export function emptyDraft(): CampaignDraft {
  return {
    code: '',
    type: '',
    name: '',
    slogan: '',
    startDate: '',
    endDate: '',
    targetGroups: [],
    materialIds: rightsMaterials.map((material) => material.id),
  };
}

export function draftOf(campaign: Campaign): CampaignDraft {
  return { ...campaign, targetGroups: [...campaign.targetGroups], materialIds: [...campaign.materialIds] };
}

/** One material chosen for a campaign, as its ordered list shows it. */
export interface ChosenMaterial {
  id: string;
  title: string;
  kind?: MaterialKind;
  /** Unknown when the admin list could not be loaded. */
  status?: MaterialStatus;
}

/** The title consumers see (the published one), else the draft's. */
const titleOf = (material: AdminMaterialView): string => material.published?.title ?? material.draft.title;

/**
 * The campaign's materials in its order, titled from the admin list (`library`), else from
 * what its landing page showed (`known`) or the eight rights, else by id: saving never drops
 * or renames one silently.
 */
export function chosenMaterials(
  ids: readonly string[],
  library: readonly AdminMaterialView[],
  known: readonly MaterialSummary[] = [],
): ChosenMaterial[] {
  return ids.map((id) => {
    const managed = library.find((material) => material.id === id);
    if (managed) return { id, title: titleOf(managed), kind: managed.kind, status: managed.status };
    const fallback = known.find((material) => material.id === id) ?? rightsMaterials.find((material) => material.id === id);
    return fallback ? { id, title: fallback.title, kind: fallback.kind } : { id, title: id };
  });
}

/** The materials not yet chosen, to add at the end: `标题（以案说险 · 草稿）`, in the admin list's order. */
export function addableMaterials(ids: readonly string[], library: readonly AdminMaterialView[]): Option[] {
  return library
    .filter((material) => !ids.includes(material.id))
    .map((material) => ({
      value: material.id,
      label: `${titleOf(material)}（${materialKindGroupLabels[material.kind]} · ${materialStatusLabels[material.status]}）`,
    }));
}

/** Chinese messages for the campaign schema's technical ones, by field (see utils/fieldErrors). */
export const campaignHints: Record<string, string> = {
  code: '活动编号为 3–32 位小写字母、数字或连字符（-），以字母或数字开头',
  type: '请选择活动类型',
  startDate: '请选择开始日期',
  endDate: '请选择结束日期',
  targetGroups: '请重新选择重点人群',
  materialIds: '请重新选择宣传资料',
};
