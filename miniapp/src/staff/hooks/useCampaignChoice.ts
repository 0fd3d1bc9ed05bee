import { useCallback, useMemo, useState } from 'react';
import type { Campaign } from '@rights-outreach/shared';
import { deviceStorage } from '../../services/deviceStorage';
import { safeGet, safeSet } from '../../tracker/storage';
import { campaignOptions, chooseCampaign, type CampaignOption } from '../logic/campaignChoice';

const storageKey = 'ro.staff.campaign.v1';

/** The campaign this phone's staff used last (chosen in the list or saved an event under), if any. */
export function rememberedCampaign(): string | null {
  const remembered = safeGet(deviceStorage, storageKey);
  return typeof remembered === 'string' && remembered !== '' ? remembered : null;
}

/** Remembers `code` as the campaign used last. */
export function rememberCampaign(code: string): void {
  safeSet(deviceStorage, storageKey, code);
}

/** The campaign the list shows: the one used last if still offered, else the running one that started most recently. */
export function useCampaignChoice(campaigns: readonly Campaign[] | null) {
  const [chosen, setChosen] = useState<string | null>(rememberedCampaign);
  const options: CampaignOption[] = useMemo(() => (campaigns ? campaignOptions(campaigns, new Date()) : []), [campaigns]);
  const current = chooseCampaign(options, chosen);

  const choose = useCallback((code: string) => {
    setChosen(code);
    rememberCampaign(code);
  }, []);

  return { options, current, currentOption: options.find((o) => o.value === current) ?? null, choose };
}
