import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCallback, useMemo } from 'react';
import type { BeaconTarget } from '@rights-outreach/shared';
import { BrandHeader } from '../../components/BrandHeader';
import { MaterialCard } from '../../components/MaterialCard';
import { PageFooter } from '../../components/PageFooter';
import { Screen } from '../../components/Screen';
import { StatusPanel } from '../../components/StatusPanel';
import { materialUrl } from '../../constants/routes';
import { useAsync } from '../../hooks/useAsync';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useRouteQuery } from '../../hooks/useRouteQuery';
import { useTrackView } from '../../hooks/useTrackView';
import { getPublicCampaign } from '../../services/campaigns';
import { formatDateRange } from '../../utils/formatDateRange';
import { readLandingEntry } from '../../utils/pageParams';
import './index.css';

const landingTarget: BeaconTarget = { type: 'landing' };

/** The page a campaign QR code opens: the campaign and its materials. */
export default function LandingPage() {
  const query = useRouteQuery();
  const entry = useMemo(() => readLandingEntry(query), [query]);
  const params = entry.kind === 'ok' ? entry.params : null;

  useTrackView(params, landingTarget);
  const { state, retry } = useAsync(params?.campaignCode ?? null, getPublicCampaign);
  usePageTitle(state.status === 'ready' ? state.data.campaign.name : undefined);

  const openMaterial = useCallback(
    (materialId: string) => {
      void Taro.navigateTo({ url: materialUrl(materialId, params?.campaignCode, params?.source) });
    },
    [params],
  );

  if (entry.kind !== 'ok') {
    return (
      <Screen>
        <BrandHeader title='消保宣传通' subtitle='金融知识普及 · 消费者权益保护宣传' />
        <View className='screen__body'>
          {entry.kind === 'none' ? (
            <StatusPanel tone='info' title='请扫描活动现场或柜面的二维码进入' message='扫码后即可阅读本次宣传活动的权益知识和风险提示。' />
          ) : (
            <StatusPanel tone='error' title='二维码信息不完整' message='请重新扫描活动现场、海报或柜面的二维码。' />
          )}
        </View>
      </Screen>
    );
  }

  if (state.status !== 'ready') {
    const failed = state.status === 'failed';
    // An unknown campaign stays unknown on retry: say what to do instead.
    const notFound = failed && state.error.code === 'CAMPAIGN_NOT_FOUND';
    return (
      <Screen>
        <BrandHeader title={failed ? '暂时无法打开' : '正在加载…'} />
        <View className='screen__body'>
          {failed ? (
            <StatusPanel
              tone='error'
              title={state.error.userMessage}
              message={notFound ? '请重新扫描活动现场、海报或柜面的二维码。' : undefined}
              actionText={notFound ? undefined : '重新加载'}
              onAction={retry}
            />
          ) : (
            <StatusPanel tone='loading' title='正在加载宣传内容' />
          )}
        </View>
      </Screen>
    );
  }

  const { campaign, materials } = state.data;
  return (
    <Screen>
      <BrandHeader
        title={campaign.name}
        subtitle={campaign.slogan}
        meta={<Text>活动时间：{formatDateRange(campaign.startDate, campaign.endDate)}</Text>}
      />
      <View className='screen__body landing__list'>
        <View className='landing__intro'>
          <Text className='landing__heading'>宣传资料（{materials.length}）</Text>
          <Text className='landing__hint'>{materials.length > 0 ? '点击下方卡片阅读全文' : '宣传资料正在准备中，请稍后再来看看。'}</Text>
        </View>
        {materials.map((material) => (
          <MaterialCard key={material.id} material={material} onOpen={openMaterial} />
        ))}
      </View>
      <PageFooter />
    </Screen>
  );
}
