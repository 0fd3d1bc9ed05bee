import { type Campaign, caseMaterials, rightsMaterials } from '@rights-outreach/shared';
import { hashPassword } from '../../functions/src/auth/passwords';
import { putAccountIfAbsent } from '../../functions/src/repository/accountRepository';
import { findCampaign, putCampaignIfAbsent, replaceCampaign } from '../../functions/src/repository/campaignRepository';
import { putMaterial } from '../../functions/src/repository/materialRepository';
import { putOrgUnitIfAbsent } from '../../functions/src/repository/orgRepository';
import { markSeedApplied, seedApplied } from '../../functions/src/repository/seedRepository';
import { seedDemoActivity, demoActivityPlans } from './demoActivity';
import { seedDemoRecords } from './demoRecords';
import { demoAccounts, demoCampaignCode, demoCampaigns, demoLastYearCampaignCode, demoLiteracyMonthCode, demoOrgUnits } from './demoData';

/**
 * Bump when the seed adds something an already-seeded table should get (v3: case materials;
 * v4: a second province, more staff, last year's 3·15 week, events and QR activity; v5: the
 * activity counted by the stream aggregator, so every unit has its own breakdowns).
 */
const seedName = 'demo-v5';

/**
 * Seeds the demo org tree, staff accounts, campaigns, the rights and case materials, and the
 * events and QR activity the dashboard shows, once per seed version and table: later starts
 * leave whatever was edited or counted since alone.
 * Uses the table configured in the environment (TABLE_NAME, DYNAMODB_ENDPOINT).
 */
export async function seedDemo(options: {
  demoPassword: string;
  secrets: { visitorHashSecret: string; authTokenSecret: string };
  now?: Date;
}): Promise<string> {
  const now = options.now ?? new Date();
  if (await seedApplied(seedName)) {
    await addDemoVideos(now);
    await addDemoRecords(now);
    return 'already seeded';
  }
  const paths = new Map<string, string>();
  for (const unit of demoOrgUnits) {
    const path = `${unit.parentId ? paths.get(unit.parentId) : '/'}${unit.id}/`;
    paths.set(unit.id, path);
    await putOrgUnitIfAbsent({ ...unit, path });
  }
  const passwordHash = await hashPassword(options.demoPassword);
  for (const account of demoAccounts) {
    await putAccountIfAbsent({ ...account, passwordHash, tokenVersion: 0, disabled: false, createdAt: now.toISOString() });
  }
  for (const material of [...rightsMaterials, ...caseMaterials]) await putMaterial(material);
  const campaigns = demoCampaigns(now);
  for (const campaign of campaigns) await putDemoCampaign(campaign);
  const byCode = new Map(campaigns.map((campaign) => [campaign.code, campaign]));
  const plans = demoActivityPlans({
    rightsWeek: byCode.get(demoCampaignCode)!,
    lastRightsWeek: byCode.get(demoLastYearCampaignCode)!,
    literacyMonth: byCode.get(demoLiteracyMonthCode)!,
  });
  let events = 0;
  let beacons = 0;
  for (const plan of plans) {
    const counted = await seedDemoActivity(plan, { now, ...options.secrets });
    events += counted.events;
    beacons += counted.beacons;
  }
  await addDemoRecords(now);
  await markSeedApplied(seedName, now);
  await markSeedApplied(videosSeedName, now);
  return `seeded (${events} events, ${beacons} beacons stored for counting)`;
}

/** Media posts and platform figures of the demo campaigns, added once (also to a table seeded before them). */
const recordsSeedName = 'demo-records-v1';

async function addDemoRecords(now: Date): Promise<void> {
  if (await seedApplied(recordsSeedName)) return;
  await seedDemoRecords({ rightsWeek: demoCampaignCode, literacyMonth: demoLiteracyMonthCode }, now);
  await markSeedApplied(recordsSeedName, now);
}

/** The catalogue's videos (two case materials), added once to a table seeded before them. */
const videosSeedName = 'demo-videos-v1';

/**
 * Publishes the catalogue materials that carry a video on a table seeded before they had one,
 * once: their QR activity of the earlier seed stays as it was counted (no plays).
 */
async function addDemoVideos(now: Date): Promise<void> {
  if (await seedApplied(videosSeedName)) return;
  for (const material of caseMaterials.filter((material) => material.videoUrl)) await putMaterial(material, 'catalogue', now);
  await markSeedApplied(videosSeedName, now);
}

/**
 * Writes a demo campaign, or, when an earlier seed version already wrote it, brings its
 * materials up to this version's list while keeping what was edited there (name, dates,
 * groups) and any materials an admin added.
 */
async function putDemoCampaign(campaign: Campaign): Promise<void> {
  if (await putCampaignIfAbsent(campaign)) return;
  const existing = await findCampaign(campaign.code);
  if (!existing) return;
  const materialIds = [...new Set([...campaign.materialIds, ...existing.materialIds])];
  await replaceCampaign({ ...existing, materialIds });
}
