import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { EventFields } from '@rights-outreach/shared';
import { getOutbox } from '../../offline';
import { OutboxError } from '../../offline/errors';
import { backToEvents } from '../navigation';
import { rememberCampaign } from './useCampaignChoice';

/**
 * Saving never waits for the network: the change goes into the outbox on the phone (which
 * then sends it), the list shows it as 待同步 at once, and the page goes back to it.
 */
export function useSaveEvent(eventId: string | null) {
  const [error, setError] = useState<string | null>(null);

  const save = useCallback(
    (fields: EventFields): boolean => {
      try {
        if (eventId) getOutbox().enqueueUpdate(eventId, fields);
        else getOutbox().enqueueCreate(fields);
      } catch (failure) {
        setError(failure instanceof OutboxError ? failure.userMessage : '保存失败，请重试');
        return false;
      }
      setError(null);
      // The next event and the list start from the campaign used now.
      rememberCampaign(fields.campaignCode);
      void Taro.showToast({ title: '已保存，联网后自动同步', icon: 'none', duration: 2000 }).catch(() => undefined);
      backToEvents();
      return true;
    },
    [eventId],
  );

  return { save, error };
}
