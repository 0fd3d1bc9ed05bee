import type { Campaign } from '@rights-outreach/shared';

export type CampaignPhase = 'running' | 'upcoming' | 'ended';

export const campaignPhaseLabels: Record<CampaignPhase, string> = {
  running: '进行中',
  upcoming: '未开始',
  ended: '已结束',
};

/** Where a campaign stands on an Asia/Shanghai date (YYYY-MM-DD; dates compare as strings). */
export function campaignPhase(campaign: Pick<Campaign, 'startDate' | 'endDate'>, today: string): CampaignPhase {
  if (today < campaign.startDate) return 'upcoming';
  return today > campaign.endDate ? 'ended' : 'running';
}

const phaseOrder: Record<CampaignPhase, number> = { running: 0, upcoming: 1, ended: 2 };

/**
 * Running first, then upcoming (soonest first), then ended (latest first). The API sends
 * this order already; sorting again keeps the page right when a list spans midnight.
 */
export function sortCampaigns<C extends Pick<Campaign, 'startDate' | 'endDate'>>(campaigns: readonly C[], today: string): C[] {
  return [...campaigns].sort((a, b) => {
    const byPhase = phaseOrder[campaignPhase(a, today)] - phaseOrder[campaignPhase(b, today)];
    if (byPhase !== 0) return byPhase;
    if (campaignPhase(a, today) === 'ended') return b.endDate.localeCompare(a.endDate);
    return a.startDate.localeCompare(b.startDate);
  });
}
