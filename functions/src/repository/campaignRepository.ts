import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Campaign } from '@rights-outreach/shared';
import { db, tableName } from './client';
import { isConditionFailure } from './conditions';
import { keys } from './keys';
import { queryAll } from './tableOps';

export async function findCampaign(code: string): Promise<Campaign | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: keys.campaign(code) }));
  return Item ? toCampaign(Item) : undefined;
}

/** Writes the campaign unless one with the same code exists; returns whether it wrote. */
export async function putCampaignIfAbsent(campaign: Campaign): Promise<boolean> {
  return putCampaign(campaign, 'attribute_not_exists(pk)');
}

/** Replaces an existing campaign; false if there is none with that code. */
export async function replaceCampaign(campaign: Campaign): Promise<boolean> {
  return putCampaign(campaign, 'attribute_exists(pk)');
}

/** Every campaign, by start date (there are tens a year, not thousands). */
export async function listCampaigns(): Promise<Campaign[]> {
  const items = await queryAll({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.campaignList().gsi1pk },
  });
  return items.map(toCampaign);
}

async function putCampaign(campaign: Campaign, condition: string): Promise<boolean> {
  try {
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...keys.campaign(campaign.code),
          ...keys.campaignIndex(campaign.code, campaign.startDate),
          entity: 'campaign',
          ...campaign,
        },
        ConditionExpression: condition,
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

function toCampaign(item: Record<string, unknown>): Campaign {
  const { code, type, name, slogan, startDate, endDate, materialIds } = item as Campaign;
  return { code, type, name, slogan, startDate, endDate, targetGroups: (item.targetGroups as Campaign['targetGroups']) ?? [], materialIds };
}
