import type { Campaign } from './campaign';
import type { MaterialSummary } from './material';

/** What the public landing page receives for a campaign code. */
export interface PublicCampaignView {
  campaign: Pick<Campaign, 'code' | 'type' | 'name' | 'slogan' | 'startDate' | 'endDate'>;
  materials: MaterialSummary[];
}
