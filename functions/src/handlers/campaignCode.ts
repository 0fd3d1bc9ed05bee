import { CampaignCodeSchema } from '@rights-outreach/shared';
import { CampaignNotFoundError } from '../errors';

/** The {code} path parameter of the campaign endpoints: a code that could never exist is simply not found. */
export function campaignCodeFrom(pathParameters: Record<string, string | undefined>): string {
  const code = CampaignCodeSchema.safeParse(pathParameters.code);
  if (!code.success) throw new CampaignNotFoundError(String(pathParameters.code ?? ''));
  return code.data;
}
