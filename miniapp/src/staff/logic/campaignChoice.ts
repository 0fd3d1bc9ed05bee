import { isActiveOn, shanghaiDate, type Campaign } from '@rights-outreach/shared';

export interface CampaignOption {
  value: string;
  label: string;
  running: boolean;
}

/**
 * Campaigns for the chooser: running today first, the one that started most recently on top
 * (marked 进行中), then the others in the API's order.
 */
export function campaignOptions(campaigns: readonly Campaign[], now: Date): CampaignOption[] {
  const today = shanghaiDate(now);
  const options = campaigns.map((campaign, index) => ({ campaign, index, running: isActiveOn(campaign, today) }));
  return options
    .sort(
      (a, b) =>
        Number(b.running) - Number(a.running) ||
        (a.running && b.running ? b.campaign.startDate.localeCompare(a.campaign.startDate) : 0) ||
        a.index - b.index,
    )
    .map(({ campaign, running }) => ({ value: campaign.code, label: running ? `${campaign.name}（进行中）` : campaign.name, running }));
}

/**
 * The campaign staff start with (list and new-event form): the one they used last while it is
 * still offered, else the running one that started most recently, else the first offered.
 * `options` come from campaignOptions, which puts that running one first.
 */
export function chooseCampaign(options: readonly CampaignOption[], remembered: string | null): string | null {
  if (remembered && options.some((option) => option.value === remembered)) return remembered;
  return options[0]?.value ?? null;
}

/** The default campaign straight from the campaigns: see chooseCampaign. */
export function defaultCampaign(campaigns: readonly Campaign[], remembered: string | null, now: Date): string | null {
  return chooseCampaign(campaignOptions(campaigns, now), remembered);
}
