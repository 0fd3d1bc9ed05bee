import { Text, View } from '@tarojs/components';
import { roleLabels } from '@rights-outreach/shared';
import { useState } from 'react';
import { BrandHeader } from '../../../components/BrandHeader';
import { Screen } from '../../../components/Screen';
import { StatusPanel } from '../../../components/StatusPanel';
import { TextLink } from '../../../components/TextLink';
import { CheckRow } from '../../components/CheckRow';
import { EventCard } from '../../components/EventCard';
import { OutboxBanner } from '../../components/OutboxBanner';
import { SelectField } from '../../../components/form/SelectField';
import { ActionButton } from '../../../components/form/ActionButton';
import { StickyFooter } from '../../components/StickyFooter';
import { useCampaignChoice } from '../../hooks/useCampaignChoice';
import { useEventList } from '../../hooks/useEventList';
import { ownRecords, useOutbox } from '../../hooks/useOutbox';
import { useCampaigns, useOrgUnits } from '../../hooks/useStaffData';
import { canWriteEvents, useStaffSession } from '../../hooks/useStaffSession';
import { goToLogin, openEventDetail, openEventForm, openRecords, signOut } from '../../navigation';
import './index.css';

/** 我的活动: the events of a campaign, with what is still waiting on this phone. */
export default function EventsPage() {
  const session = useStaffSession();
  const account = session?.account.employeeNo ?? null;
  const campaigns = useCampaigns(account);
  // Loaded here so the form still has the unit list when the signal is gone later.
  useOrgUnits(account);
  const choice = useCampaignChoice(campaigns.state.status === 'ready' ? campaigns.state.data : null);
  const [mine, setMine] = useState(false);
  const writer = canWriteEvents(session);
  const { events, source } = useEventList(account, choice.current, writer && mine);
  const { outbox, records, status } = useOutbox();

  const own = account ? ownRecords(records, account) : [];
  const failed = own.filter((r) => r.state === 'failed').length;

  const header = (
    <BrandHeader
      eyebrow="员工工作台"
      title="我的活动"
      subtitle={session ? `${session.account.name} · ${roleLabels[session.account.role]}` : undefined}
      meta={session ? <Text>工号 {session.account.employeeNo}</Text> : undefined}
    />
  );
  if (!session) return <Screen>{header}</Screen>;

  return (
    <Screen>
      {header}
      <View className="screen__body events__body">
        <View className="events__filters card">
          {campaigns.state.status === 'failed' ? (
            <StatusPanel tone="error" title={campaigns.state.error.userMessage} actionText="重新加载" onAction={campaigns.reload} />
          ) : (
            <>
              <Text className="events__label">当前宣传活动（登记、查看都在此活动下）</Text>
              {choice.currentOption ? (
                <Text className="events__campaign">{choice.currentOption.label.replace(/（进行中）$/, '')}</Text>
              ) : null}
              <SelectField
                label="切换宣传活动"
                options={choice.options}
                value={choice.current ?? ''}
                placeholder={campaigns.state.status === 'loading' ? '正在加载…' : '暂无宣传活动'}
                onChange={choice.choose}
              />
              {choice.currentOption?.running ? <Text className="events__running">进行中</Text> : null}
              {writer ? <CheckRow label="只看我创建的" checked={mine} onChange={setMine} /> : null}
            </>
          )}
        </View>

        <OutboxBanner
          waiting={own.length}
          failed={failed}
          syncing={status.syncing}
          signInRequired={status.signInRequired}
          onSync={() => void outbox.sync()}
          onSignIn={goToLogin}
        />

        {source.kind === 'offline' ? (
          <Text className="events__offline">
            {source.error.code === 'NETWORK_UNAVAILABLE'
              ? '当前无网络，显示的是本机保存的记录'
              : `暂时无法刷新：${source.error.userMessage}`}
          </Text>
        ) : null}

        {choice.current && events.length === 0 && source.kind !== 'loading' ? (
          <View className="events__empty">
            <Text className="events__empty-title">还没有活动记录</Text>
            <Text className="events__empty-hint">
              {writer ? '点击下方“登记新活动”，无网络时也能保存。' : '所辖机构登记的活动会显示在这里。'}
            </Text>
          </View>
        ) : null}

        <View className="events__list">
          {events.map((event) => (
            <EventCard key={event.id} event={event} onOpen={openEventDetail} />
          ))}
        </View>

        <View className="events__signout">
          <TextLink text="平台数据与媒体发布" onClick={openRecords} />
          <TextLink text="退出登录" onClick={signOut} />
        </View>
      </View>
      {writer ? (
        <StickyFooter>
          <ActionButton
            text="登记新活动"
            size="large"
            block
            onClick={() => openEventForm(undefined, choice.current ?? undefined)}
            className="events__create"
          />
        </StickyFooter>
      ) : null}
    </Screen>
  );
}
