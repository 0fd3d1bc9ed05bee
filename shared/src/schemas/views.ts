import * as z from 'zod';
import { CampaignHeaderSchema } from './campaign';
import { MaterialSummarySchema } from './material';

/** What the public landing page receives for a campaign code. */
export const PublicCampaignViewSchema = z.object({
  campaign: CampaignHeaderSchema,
  materials: z.array(MaterialSummarySchema),
});
export type PublicCampaignView = z.infer<typeof PublicCampaignViewSchema>;
