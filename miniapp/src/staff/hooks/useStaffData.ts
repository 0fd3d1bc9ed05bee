import type { Campaign, OrgUnit } from '@rights-outreach/shared';
import { listCampaigns } from '../../services/campaigns';
import { listOrgUnits } from '../../services/orgUnits';
import { useCachedResource } from './useCachedResource';

/** Campaigns, also without signal (the last list this account saw). */
export function useCampaigns(owner: string | null) {
  return useCachedResource<Campaign[]>('ro.staff.campaigns.v1', owner, listCampaigns);
}

/** The account's org units (its subtree), also without signal. */
export function useOrgUnits(owner: string | null) {
  return useCachedResource<OrgUnit[]>('ro.staff.orgUnits.v1', owner, listOrgUnits);
}
