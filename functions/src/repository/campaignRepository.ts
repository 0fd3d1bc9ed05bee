import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Campaign } from '@rights-outreach/shared';
import { db, tableName } from './client';
import { keys } from './keys';

export async function findCampaign(code: string): Promise<Campaign | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: keys.campaign(code) }));
  return Item ? toCampaign(Item) : undefined;
}

/** Writes the campaign unless one with the same code exists; returns whether it wrote. */
export async function putCampaignIfAbsent(campaign: Campaign): Promise<boolean> {
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
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}

function toCampaign(item: Record<string, unknown>): Campaign {
  const { code, type, name, slogan, startDate, endDate, materialIds } = item as Campaign;
  return { code, type, name, slogan, startDate, endDate, materialIds };
}
