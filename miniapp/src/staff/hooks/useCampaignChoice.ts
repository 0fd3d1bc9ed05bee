import { useCallback, useMemo, useState } from 'react';
import type { Campaign } from '@rights-outreach/shared';
import { deviceStorage } from '../../services/deviceStorage';
import { safeGet, safeSet } from '../../tracker/storage';
import { campaignOptions, chooseCampaign, type CampaignOption } from '../logic/campaignChoice';

const storageKey = 'ro.staff.campaign.v1';

/** The campaign the list shows: the one chosen last time if still offered, else the first running one. */
export function useCampaignChoice(campaigns: readonly Campaign[] | null) {
  const [chosen, setChosen] = useState<string | null>(() => {
    const remembered = safeGet(deviceStorage, storageKey);
    return typeof remembered === 'string' ? remembered : null;
  });
  const options: CampaignOption[] = useMemo(() => (campaigns ? campaignOptions(campaigns, new Date()) : []), [campaigns]);
  const current = chooseCampaign(options, chosen);

  const choose = useCallback((code: string) => {
    setChosen(code);
    safeSet(deviceStorage, storageKey, code);
  }, []);

  return { options, current, currentOption: options.find((o) => o.value === current) ?? null, choose };
}
