import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useMemo } from 'react';
import { BrandHeader } from '../../components/BrandHeader';
import { CopyLinkButton } from '../../components/CopyLinkButton';
import { ElderToggle } from '../../components/ElderToggle';
import { EventCheckinCard } from '../../components/EventCheckinCard';
import { FeedbackCard } from '../../components/FeedbackCard';
import { MaterialGroups, MaterialJumps } from '../../components/MaterialGroups';
import { PageFooter } from '../../components/PageFooter';
import { QuizEntryCard } from '../../components/QuizEntryCard';
import { Screen } from '../../components/Screen';
import { ShareButton } from '../../components/ShareButton';
import { SignupCard } from '../../components/SignupCard';
import { StatusPanel } from '../../components/StatusPanel';
import { TextLink } from '../../components/TextLink';
import { materialUrl, quizUrl, routeUrl, routes } from '../../constants/routes';
import { useElderMode } from '../../elder/useElderMode';
import { useFeedback } from '../../feedback/useFeedback';
import { useAsync } from '../../hooks/useAsync';
import { useCheckin } from '../../hooks/useCheckin';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useRouteQuery } from '../../hooks/useRouteQuery';
import { useSharePage } from '../../hooks/useSharePage';
import { useTrackShareOpen } from '../../hooks/useTrackShareOpen';
import { useTrackView } from '../../hooks/useTrackView';
import { questionsPerQuiz } from '../../quiz/quizLength';
import { getPublicCampaign } from '../../services/publicCampaigns';
import { getPublicEvent } from '../../services/publicEvents';
import { useSignup } from '../../signup/useSignup';
import type { PageTarget } from '../../tracker';
import { formatDateRange } from '../../utils/formatDateRange';
import { readLandingEntry } from '../../utils/pageParams';
import './index.css';

const landingTarget: PageTarget = { type: 'landing' };
const landingJumps = [
  { id: 'landing-quiz', label: '知识小测验' },
  { id: 'landing-feedback', label: '评价反馈' },
];

const openStaffLogin = () => void Taro.navigateTo({ url: routeUrl(routes.login) });

/**
 * The page a campaign QR code opens: the campaign and its materials; for an event's code, the
 * event and 现场签到 first; for a share poster's code, straight on to its material.
 */
export default function LandingPage() {
  const query = useRouteQuery();
  const entry = useMemo(() => readLandingEntry(query), [query]);
  const params = entry.kind === 'ok' ? entry.params : null;

  const { state, retry } = useAsync(params?.campaignCode ?? null, getPublicCampaign);
  // Counted once the campaign is known to exist: an unknown code (a mistyped or old QR code)
  // sends nothing. A failure of the network still counts: the tracker keeps it until it can send.
  const campaignKnown = state.status === 'ready' || (state.status === 'failed' && state.error.code !== 'CAMPAIGN_NOT_FOUND');
  const counted = campaignKnown ? params : null;
  useTrackView(counted, landingTarget);
  useTrackShareOpen(counted, landingTarget);
  const { state: eventState } = useAsync(params?.eventId ?? null, getPublicEvent);
  const checkin = useCheckin(params);
  const elder = useElderMode();
  const feedback = useFeedback(params);
  const signup = useSignup(params);
  const campaignName = state.status === 'ready' ? state.data.campaign.name : undefined;
  usePageTitle(campaignName);
  useSharePage(params, landingTarget, campaignName);

  const openMaterial = useCallback(
    (materialId: string) => {
      void Taro.navigateTo({ url: materialUrl(materialId, params) });
    },
    [params],
  );
  const openQuiz = useCallback(() => void Taro.navigateTo({ url: quizUrl(params) }), [params]);
  // Replaced, not stacked, and nothing counted here: a poster scan is one view, the material's.
  useEffect(() => {
    if (entry.kind === 'material') void Taro.redirectTo({ url: materialUrl(entry.materialId, entry.campaign) });
    // Once per page open: the params of a page never change while it lives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const elderToggle = <ElderToggle on={elder.on} onToggle={elder.toggle} />;
  // A deleted event has nothing to check in to; any other failure (weak signal) must not stop a check-in.
  const eventGone = eventState.status === 'failed' && eventState.error.code === 'EVENT_NOT_FOUND';
  const showEvent = params?.eventId !== undefined && !eventGone;

  if (entry.kind === 'material') {
    return (
      <Screen elder={elder}>
        <BrandHeader title="正在打开…" action={elderToggle} />
        <View key="placeholder" className="screen__body" ariaRole="main">
          <StatusPanel tone="loading" title="正在打开宣传资料" />
        </View>
      </Screen>
    );
  }

  if (entry.kind !== 'ok') {
    return (
      <Screen elder={elder}>
        <BrandHeader title="消保宣传通" subtitle="金融知识普及 · 消费者权益保护宣传" action={elderToggle} />
        <View key="placeholder" className="screen__body" ariaRole="main">
          {entry.kind === 'none' ? (
            <StatusPanel tone="info" title="请扫描活动现场或柜面的二维码进入" message="扫码后即可阅读本次宣传活动的权益知识和风险提示。" />
          ) : (
            <StatusPanel tone="error" title="二维码信息不完整" message="请重新扫描活动现场、海报或柜面的二维码。" />
          )}
          {entry.kind === 'none' ? (
            <View className="landing__staff">
              <TextLink text="员工登录" onClick={openStaffLogin} />
            </View>
          ) : null}
        </View>
      </Screen>
    );
  }

  if (state.status !== 'ready') {
    const failed = state.status === 'failed';
    // An unknown campaign stays unknown on retry: say what to do instead.
    const notFound = failed && state.error.code === 'CAMPAIGN_NOT_FOUND';
    return (
      <Screen elder={elder}>
        <BrandHeader title={failed ? '暂时无法打开' : '正在加载…'} action={elderToggle} />
        <View key="placeholder" className="screen__body" ariaRole="main">
          {failed ? (
            <StatusPanel
              tone="error"
              title={state.error.userMessage}
              message={notFound ? '请重新扫描活动现场、海报或柜面的二维码。' : undefined}
              actionText={notFound ? undefined : '重新加载'}
              onAction={retry}
            />
          ) : (
            <StatusPanel tone="loading" title="正在加载宣传内容" />
          )}
          {failed && !notFound && showEvent ? (
            // A weak signal at a crowded event must not stop anyone checking in: the beacon waits on the phone.
            <View className="landing__event landing__event--after-status">
              <EventCheckinCard event={null} checkedIn={checkin.done} onCheckIn={checkin.checkIn} />
            </View>
          ) : null}
        </View>
      </Screen>
    );
  }

  const { campaign, materials } = state.data;
  return (
    <Screen elder={elder}>
      <BrandHeader
        title={campaign.name}
        subtitle={campaign.slogan}
        meta={<Text>活动时间：{formatDateRange(campaign.startDate, campaign.endDate)}</Text>}
        action={elderToggle}
      />
      {/* A new body, not the placeholder's moved down: the header grows when the campaign's name,
          slogan and dates arrive (more in elder mode's larger type), and what was on screen must not jump. */}
      <View key="content" className="screen__body landing__list" ariaRole="main">
        {showEvent ? (
          <View className="landing__event">
            <EventCheckinCard
              event={eventState.status === 'ready' ? eventState.data : null}
              checkedIn={checkin.done}
              onCheckIn={checkin.checkIn}
            />
          </View>
        ) : null}
        {showEvent ? <SignupCard signup={signup} /> : null}
        <View className="landing__intro card">
          <Text className="landing__heading">宣传资料（{materials.length}）</Text>
          <Text className="landing__hint">
            {materials.length > 0 ? '点击卡片阅读全文，或直接跳到想看的部分：' : '宣传资料正在准备中，请稍后再来看看。'}
          </Text>
          <MaterialJumps materials={materials} extraJumps={landingJumps} />
        </View>
        {/* The quiz right after the jumps: a reader should not scroll past fifteen cards to find it. */}
        <View className="landing__quiz" id="landing-quiz">
          <QuizEntryCard questions={questionsPerQuiz} onOpen={openQuiz} />
        </View>
        <MaterialGroups materials={materials} onOpen={openMaterial} />
        <View className="landing__share">
          <ShareButton />
          <CopyLinkButton campaign={params} target={landingTarget} />
        </View>
        <View id="landing-feedback">
          <FeedbackCard feedback={feedback} />
        </View>
      </View>
      <PageFooter />
    </Screen>
  );
}
