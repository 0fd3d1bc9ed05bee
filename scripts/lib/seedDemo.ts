import { rightsMaterials } from '@rights-outreach/shared';
import { putCampaignIfAbsent } from '../../functions/src/repository/campaignRepository';
import { putMaterial } from '../../functions/src/repository/materialRepository';
import { putOrgUnit } from '../../functions/src/repository/orgRepository';
import { markSeedApplied, seedApplied } from '../../functions/src/repository/seedRepository';
import { demoCampaigns, demoOrgUnits } from './demoData';

const seedName = 'demo-v1';

/**
 * Seeds the demo org tree, campaigns and the eight rights materials, once per table:
 * later starts leave whatever was edited or counted since alone.
 * Uses the table configured in the environment (TABLE_NAME, DYNAMODB_ENDPOINT).
 */
export async function seedDemo(now = new Date()): Promise<'seeded' | 'already seeded'> {
  if (await seedApplied(seedName)) return 'already seeded';
  for (const unit of demoOrgUnits) await putOrgUnit(unit);
  for (const material of rightsMaterials) await putMaterial(material);
  for (const campaign of demoCampaigns(now)) await putCampaignIfAbsent(campaign);
  await markSeedApplied(seedName, now);
  return 'seeded';
}
