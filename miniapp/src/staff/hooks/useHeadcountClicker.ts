import Taro from '@tarojs/taro';
import { isOnlineEvent } from '@rights-outreach/shared';
import { useCallback, useEffect, useState } from 'react';
import { getOutbox } from '../../offline';
import { OutboxError } from '../../offline/errors';
import { eventFieldsOf, type LocalEvent } from '../../offline/localView';
import { deviceStorage } from '../../services/deviceStorage';
import { formatLocalIso } from '../../utils/formatLocalIso';
import { clearCount, countInProgress, step, storeCount } from '../logic/headcountStore';

function buzz(): void {
  try {
    // A short tick under the thumb confirms the tap without looking; not every device has it.
    if (typeof Taro.vibrateShort === 'function') void Taro.vibrateShort({ type: 'light' }).catch(() => undefined);
  } catch {
    // no vibration: fine
  }
}

/**
 * The on-site headcount clicker. Every tap is written to the phone at once, so a count in
 * progress survives the app being closed; 保存人数 queues an edit of the event with it.
 */
export function useHeadcountClicker(anyEvent: LocalEvent | null) {
  // Online events have no on-site headcount to count.
  const event = anyEvent && !isOnlineEvent(anyEvent) ? anyEvent : null;
  const eventId = event?.id ?? null;
  const [inProgress, setInProgress] = useState<number | null>(null);
  const [notStored, setNotStored] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setInProgress(eventId ? countInProgress(deviceStorage, eventId) : null);
  }, [eventId]);

  const count = inProgress ?? event?.headcount ?? 0;

  const tap = useCallback(
    (delta: 1 | -1) => {
      if (!eventId) return;
      const next = step(count, delta);
      setInProgress(next);
      setNotStored(!storeCount(deviceStorage, eventId, next, formatLocalIso(new Date())));
      buzz();
    },
    [eventId, count],
  );

  const save = useCallback(() => {
    const fields = event ? eventFieldsOf(event) : null;
    if (!event || !fields || isOnlineEvent(fields)) return;
    try {
      getOutbox().enqueueUpdate(event.id, { ...fields, headcount: count });
    } catch (failure) {
      setError(failure instanceof OutboxError ? failure.userMessage : '保存失败，请重试');
      return;
    }
    clearCount(deviceStorage, event.id);
    setInProgress(null);
    setError(null);
    void Taro.showToast({ title: `已保存 ${count} 人，联网后自动同步`, icon: 'none' }).catch(() => undefined);
  }, [event, count]);

  return {
    count,
    /** The count differs from the event's saved headcount. */
    changed: event !== null && count !== event.headcount,
    notStored,
    error,
    increment: () => tap(1),
    decrement: () => tap(-1),
    save,
  };
}
