import { rightsMaterials, type Campaign, type CampaignType, type MaterialSummary, type TargetGroup } from '@rights-outreach/shared';
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

/**
 * The materials an admin can pick: the eight rights, plus any other material the campaign
 * already has (e.g. a case study, titled from `known`), so saving never drops one silently.
 */
export function materialOptions(current: readonly string[], known: readonly MaterialSummary[] = []): Option[] {
  const rights = rightsMaterials.map((material) => ({ value: material.id, label: material.title }));
  const others = current
    .filter((id) => !rights.some((option) => option.value === id))
    .map((id) => ({ value: id, label: known.find((material) => material.id === id)?.title ?? id }));
  return [...rights, ...others];
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
