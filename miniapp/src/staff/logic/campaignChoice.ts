import { isActiveOn, shanghaiDate, type Campaign } from '@rights-outreach/shared';

export interface CampaignOption {
  value: string;
  label: string;
  running: boolean;
}

/** Campaigns for the chooser: running today first (marked 进行中), then the API's order. */
export function campaignOptions(campaigns: readonly Campaign[], now: Date): CampaignOption[] {
  const today = shanghaiDate(now);
  const options = campaigns.map((campaign, index) => ({ campaign, index, running: isActiveOn(campaign, today) }));
  return options
    .sort((a, b) => Number(b.running) - Number(a.running) || a.index - b.index)
    .map(({ campaign, running }) => ({ value: campaign.code, label: running ? `${campaign.name}（进行中）` : campaign.name, running }));
}

/** The campaign to show: the remembered one if it is still offered, else the first (running) one. */
export function chooseCampaign(options: readonly CampaignOption[], remembered: string | null): string | null {
  if (remembered && options.some((option) => option.value === remembered)) return remembered;
  return options[0]?.value ?? null;
}
