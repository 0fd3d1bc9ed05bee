import { View } from '@tarojs/components';
import { useMemo } from 'react';
import { BrandHeader } from '../../components/BrandHeader';
import { CopyLinkButton } from '../../components/CopyLinkButton';
import { ElderToggle } from '../../components/ElderToggle';
import { PageFooter } from '../../components/PageFooter';
import { Screen } from '../../components/Screen';
import { ShareButton } from '../../components/ShareButton';
import { StatusPanel } from '../../components/StatusPanel';
import { WideButton } from '../../components/WideButton';
import { useElderMode } from '../../elder/useElderMode';
import { useAsync } from '../../hooks/useAsync';
import { useBackToCampaign } from '../../hooks/useBackToCampaign';
import { useMaterialPoster } from '../../hooks/useMaterialPoster';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useRouteQuery } from '../../hooks/useRouteQuery';
import { useSharePage } from '../../hooks/useSharePage';
import { useTrackShareOpen } from '../../hooks/useTrackShareOpen';
import { useTrackView } from '../../hooks/useTrackView';
import { getMaterial } from '../../services/materials';
import type { PageTarget } from '../../tracker';
import { materialKindLabels } from '../../utils/labels';
import { readMaterialEntry } from '../../utils/pageParams';
import { MaterialVideo } from './MaterialVideo';
import { SectionBlock } from './SectionBlock';
import { SharePoster } from './SharePoster';
import './index.css';

/** One material in full: title, summary, its video if it has one, then its sections; shared as a card, a link or a poster. */
export default function MaterialPage() {
  const query = useRouteQuery();
  const entry = useMemo(() => readMaterialEntry(query), [query]);
  const target = useMemo((): PageTarget | null => (entry ? { type: 'material', materialId: entry.materialId } : null), [entry]);
  const campaign = entry?.campaign ?? null;

  useTrackView(campaign, target);
  useTrackShareOpen(campaign, target);
  const { state, retry } = useAsync(entry?.materialId ?? null, getMaterial);
  const title = state.status === 'ready' ? state.data.title : undefined;
  usePageTitle(title);
  useSharePage(campaign, target, title);
  const backToCampaign = useBackToCampaign(campaign);
  const poster = useMaterialPoster(campaign, state.status === 'ready' ? state.data : null);
  const elder = useElderMode();
  const elderToggle = <ElderToggle on={elder.on} onToggle={elder.toggle} />;

  if (!entry) {
    return (
      <Screen elder={elder}>
        <BrandHeader title="宣传资料" action={elderToggle} />
        <View key="placeholder" className="screen__body" ariaRole="main">
          <StatusPanel tone="error" title="链接信息不完整" message="请返回活动页面重新选择，或重新扫描活动二维码。" />
        </View>
      </Screen>
    );
  }

  if (state.status !== 'ready') {
    const failed = state.status === 'failed';
    // Retrying can't bring back a withdrawn material; the rest of the campaign can help.
    const action =
      failed && state.error.code === 'MATERIAL_NOT_FOUND'
        ? backToCampaign && { text: '查看活动全部资料', run: backToCampaign }
        : { text: '重新加载', run: retry };
    return (
      <Screen elder={elder}>
        <BrandHeader title={failed ? '暂时无法打开' : '正在加载…'} action={elderToggle} />
        <View key="placeholder" className="screen__body" ariaRole="main">
          {failed ? (
            <StatusPanel tone="error" title={state.error.userMessage} actionText={action?.text} onAction={action?.run} />
          ) : (
            <StatusPanel tone="loading" title="正在加载宣传资料" />
          )}
        </View>
      </Screen>
    );
  }

  const material = state.data;
  return (
    <Screen elder={elder}>
      <BrandHeader eyebrow={materialKindLabels[material.kind]} title={material.title} subtitle={material.summary} action={elderToggle} />
      <View key="content" className="screen__body material__sections" ariaRole="main">
        {material.videoUrl ? (
          <MaterialVideo
            campaign={campaign}
            materialId={material.id}
            title={material.title}
            videoUrl={material.videoUrl}
            coverImageUrl={material.coverImageUrl}
            elder={elder.on}
          />
        ) : null}
        {material.sections.map((section, index) => (
          <SectionBlock key={index} heading={section.heading} body={section.body} />
        ))}
        <View className="material__actions">
          {backToCampaign ? <WideButton variant="secondary" text="查看活动全部资料" onClick={backToCampaign} /> : null}
          <ShareButton />
          {/* A poster's QR code is a link to credit: only for a visitor who came with a campaign. */}
          {campaign ? <SharePoster poster={poster} title={material.title} /> : null}
          <CopyLinkButton campaign={campaign} target={target} />
        </View>
      </View>
      <PageFooter />
    </Screen>
  );
}
