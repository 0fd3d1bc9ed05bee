import { View } from '@tarojs/components';
import { ClientIdSchema, eventPlaceLabel, eventTypeLabels, isOnlineEvent } from '@rights-outreach/shared';
import { useMemo } from 'react';
import { BrandHeader } from '../../../components/BrandHeader';
import { Screen } from '../../../components/Screen';
import { StatusPanel } from '../../../components/StatusPanel';
import { useAsync } from '../../../hooks/useAsync';
import { usePageTitle } from '../../../hooks/usePageTitle';
import { useRouteQuery } from '../../../hooks/useRouteQuery';
import { getEventTotals } from '../../../services/events';
import { formatEventTime } from '../../../utils/formatEventTime';
import { ActionButton } from '../../../components/form/ActionButton';
import { SyncBadge } from '../../components/SyncBadge';
import { useEventActions } from '../../hooks/useEventActions';
import { useHeadcountClicker } from '../../hooks/useHeadcountClicker';
import { useLocalEvent } from '../../hooks/useLocalEvent';
import { usePoster } from '../../hooks/usePoster';
import { useCampaigns, useOrgUnits } from '../../hooks/useStaffData';
import { canWriteEvents, useStaffSession } from '../../hooks/useStaffSession';
import { backToEvents, openEventForm } from '../../navigation';
import { FieldsCard } from './FieldsCard';
import { HeadcountClicker } from './HeadcountClicker';
import { HistoryCard } from './HistoryCard';
import { PosterCard } from './PosterCard';
import { SyncNotice } from './SyncNotice';
import { TotalsCard } from './TotalsCard';
import './index.css';

/** One event: on-site counter, QR poster, reach figures, every field and its history. */
export default function EventDetailPage() {
  const query = useRouteQuery();
  const eventId = ClientIdSchema.safeParse(query.id).success ? query.id! : null;
  const session = useStaffSession();
  const account = session?.account.employeeNo ?? null;
  const writer = canWriteEvents(session);
  const { event, source } = useLocalEvent(account, eventId);
  const campaigns = useCampaigns(account);
  const units = useOrgUnits(account);
  usePageTitle(event?.title);

  const onServer = event !== null && !event.sync?.unsyncedCreate;

  const campaignCode = event?.campaignCode;
  const campaign = useMemo(
    () =>
      campaigns.state.status === 'ready' && campaignCode !== undefined
        ? (campaigns.state.data.find((c) => c.code === campaignCode) ?? null)
        : null,
    [campaigns.state, campaignCode],
  );
  const unitName = units.state.status === 'ready' && event ? units.state.data.find((u) => u.id === event.unitId)?.name : undefined;

  const totals = useAsync(onServer && eventId ? eventId : null, getEventTotals);
  const clicker = useHeadcountClicker(event);
  const poster = usePoster(event, campaign, onServer);
  const actions = useEventActions(event);

  if (!session) return <Screen />;
  if (!event) {
    const missing = !eventId || source.kind === 'unavailable';
    return (
      <Screen>
        <BrandHeader eyebrow="活动详情" title={missing ? '无法打开该活动' : '正在加载…'} />
        <View className="screen__body">
          {missing ? (
            <StatusPanel
              tone="error"
              title={
                source.kind === 'unavailable' && source.error.code !== 'EVENT_NOT_FOUND'
                  ? source.error.userMessage
                  : '未找到该活动，可能已被删除'
              }
              actionText="返回活动列表"
              onAction={backToEvents}
            />
          ) : (
            <StatusPanel tone="loading" title="正在加载活动" />
          )}
        </View>
      </Screen>
    );
  }

  const mayDelete = writer && (session.account.role === 'admin' || (event.server?.createdBy ?? account) === account);
  const historyNote = !onServer ? '活动同步后开始记录修改历史' : source.kind === 'unavailable' ? '联网后查看修改记录' : undefined;

  return (
    <Screen>
      <BrandHeader
        eyebrow={eventTypeLabels[event.type]}
        title={event.title}
        subtitle={`${formatEventTime(event.startAt)} · ${eventPlaceLabel(event)}`}
        meta={event.sync ? <SyncBadge sync={event.sync} /> : undefined}
      />
      <View className="screen__body detail__body">
        {event.sync ? (
          <SyncNotice
            sync={event.sync}
            onRetry={actions.retry}
            onEdit={() => openEventForm(event.id)}
            onDiscard={() => void actions.discard()}
          />
        ) : null}
        {writer && !isOnlineEvent(event) ? (
          <HeadcountClicker
            count={clicker.count}
            changed={clicker.changed}
            notStored={clicker.notStored}
            error={clicker.error}
            onIncrement={clicker.increment}
            onDecrement={clicker.decrement}
            onSave={clicker.save}
          />
        ) : null}
        <PosterCard
          available={onServer}
          state={poster.state}
          saveLabel={poster.saveLabel}
          onSave={() => void poster.save()}
          onRetry={poster.retry}
          canvas={poster.canvas}
        />
        <TotalsCard available={onServer} state={totals.state} />
        <FieldsCard event={event} campaignName={campaign?.name} unitName={unitName} />
        <HistoryCard history={source.kind === 'fresh' ? source.history : null} note={historyNote} />
        {writer ? (
          <View className="detail__actions">
            <ActionButton text="修改活动信息" variant="secondary" block onClick={() => openEventForm(event.id)} />
            {mayDelete ? <ActionButton text="删除活动" variant="danger" block onClick={() => void actions.remove()} /> : null}
          </View>
        ) : null}
      </View>
    </Screen>
  );
}
