import { View } from '@tarojs/components';
import { ClientIdSchema } from '@rights-outreach/shared';
import { useMemo, useState } from 'react';
import { BrandHeader } from '../../../components/BrandHeader';
import { Screen } from '../../../components/Screen';
import { StatusPanel } from '../../../components/StatusPanel';
import { usePageTitle } from '../../../hooks/usePageTitle';
import { useRouteQuery } from '../../../hooks/useRouteQuery';
import { useLocalEvent } from '../../hooks/useLocalEvent';
import { useCampaigns, useOrgUnits } from '../../hooks/useStaffData';
import { canWriteEvents, useStaffSession } from '../../hooks/useStaffSession';
import { rememberedCampaign } from '../../hooks/useCampaignChoice';
import { campaignOptions, defaultCampaign } from '../../logic/campaignChoice';
import { eventFormFrom, newEventForm, type EventFormValues } from '../../logic/eventForm';
import { unitOptions } from '../../../utils/unitOptions';
import { backToEvents } from '../../navigation';
import { EventFormBody } from './EventFormBody';
import './index.css';

/** 登记新活动 (no id) or 修改活动 (`?id=`): every field of the event, saved to the phone first. */
export default function EventFormPage() {
  const query = useRouteQuery();
  const eventId = ClientIdSchema.safeParse(query.id).success ? query.id! : null;
  const session = useStaffSession();
  const account = session?.account.employeeNo ?? null;
  const campaigns = useCampaigns(account);
  const units = useOrgUnits(account);
  const { event, source } = useLocalEvent(account, eventId);
  usePageTitle(eventId ? '修改活动' : '登记新活动');

  // The form starts once from what is known then; later refreshes must not overwrite typing.
  const [initial, setInitial] = useState<EventFormValues | null>(null);
  // A new event waits for the campaign list (or the phone's copy of it) unless the link names one:
  // its default is the campaign used last, else the running one that started most recently.
  const campaignsSettled = campaigns.state.status !== 'loading';
  if (initial === null && session) {
    if (!eventId && (query.c || campaignsSettled)) {
      const listed = campaigns.state.status === 'ready' ? campaigns.state.data : [];
      const campaignCode = query.c || defaultCampaign(listed, rememberedCampaign(), new Date()) || '';
      setInitial(newEventForm({ campaignCode, unitId: session.account.unitId, now: new Date() }));
    } else if (event) setInitial(eventFormFrom(event));
  }

  const campaignChoices = useMemo(() => {
    const options = campaigns.state.status === 'ready' ? campaignOptions(campaigns.state.data, new Date()) : [];
    const current = initial?.campaignCode;
    return current && !options.some((o) => o.value === current)
      ? [{ value: current, label: current, running: false }, ...options]
      : options;
  }, [campaigns.state, initial?.campaignCode]);
  const unitChoices = useMemo(
    () => unitOptions(units.state.status === 'ready' ? units.state.data : [], { ownUnitId: session?.account.unitId ?? '' }),
    [units.state, session],
  );

  const title = eventId ? '修改活动' : '登记新活动';
  const header = <BrandHeader eyebrow="员工工作台" title={title} subtitle="无网络也能保存，联网后自动同步" />;

  if (!session) return <Screen>{header}</Screen>;
  if (!canWriteEvents(session)) {
    return (
      <Screen>
        {header}
        <View className="screen__body">
          <StatusPanel
            tone="info"
            title="您的账号只能查看活动"
            message="登记和修改活动请使用一线员工账号。"
            actionText="返回"
            onAction={backToEvents}
          />
        </View>
      </Screen>
    );
  }
  if (!initial) {
    const missing = eventId && source.kind === 'unavailable';
    return (
      <Screen>
        {header}
        <View className="screen__body">
          {missing ? (
            <StatusPanel
              tone="error"
              title={source.error.code === 'EVENT_NOT_FOUND' ? '未找到该活动，可能已被删除' : source.error.userMessage}
              actionText="返回"
              onAction={backToEvents}
            />
          ) : (
            <StatusPanel tone="loading" title="正在加载" />
          )}
        </View>
      </Screen>
    );
  }

  const offlineLists =
    (campaigns.state.status === 'ready' && campaigns.state.stale) ||
    units.state.status !== 'ready' ||
    (units.state.status === 'ready' && units.state.stale);
  return (
    <Screen>
      {header}
      <View className="screen__body event-form__body">
        <EventFormBody
          initial={initial}
          eventId={eventId}
          campaignOptions={campaignChoices}
          unitOptions={unitChoices}
          units={units.state.status === 'ready' ? units.state.data : []}
          listsNote={offlineLists ? '当前无网络：活动和机构列表为本机保存的版本，可照常填写保存。' : undefined}
        />
      </View>
    </Screen>
  );
}
