import { Text, View } from '@tarojs/components';
import {
  mediaOutletLabels,
  platformFigureLabels,
  platformFigureNames,
  reportingPlatformLabels,
  roleLabels,
  shanghaiDate,
  type MediaPost,
  type PlatformFigure,
} from '@rights-outreach/shared';
import { useEffect, useState } from 'react';
import { BrandHeader } from '../../../components/BrandHeader';
import { Screen } from '../../../components/Screen';
import { StatusPanel } from '../../../components/StatusPanel';
import { ActionButton } from '../../../components/form/ActionButton';
import { Section } from '../../../components/form/Section';
import { SelectField } from '../../../components/form/SelectField';
import { useResource } from '../../../hooks/useResource';
import { useRouteQuery } from '../../../hooks/useRouteQuery';
import { uuidV4 } from '../../../tracker/randomIds';
import { deleteMediaPost, deletePlatformFigure, listMediaPosts, listPlatformFigures } from '../../../services/outreachRecords';
import { unitOptions } from '../../../utils/unitOptions';
import { useCampaignChoice } from '../../hooks/useCampaignChoice';
import { useCampaigns, useOrgUnits } from '../../hooks/useStaffData';
import { useStaffSession } from '../../hooks/useStaffSession';
import { MediaPostForm } from './MediaPostForm';
import { PlatformFigureForm } from './PlatformFigureForm';
import './index.css';

type Editing<T> = { record: T | null } | null;

const loadRecords = async (campaignCode: string) => {
  const [figures, posts] = await Promise.all([listPlatformFigures(campaignCode), listMediaPosts(campaignCode)]);
  return { figures, posts };
};

/**
 * 平台数据与媒体发布: staff and marketing enter, per campaign and unit, what other platforms'
 * back-ends show and what was published in the media; any of them may edit or delete an entry of
 * their subtree. Online only (the API keeps every change in the entry's history).
 */
export default function RecordsPage() {
  const session = useStaffSession();
  const account = session?.account.employeeNo ?? null;
  const campaigns = useCampaigns(account);
  const units = useOrgUnits(account);
  const choice = useCampaignChoice(campaigns.state.status === 'ready' ? campaigns.state.data : null);
  // Opened for one campaign (`?c=`, from the dashboard): that one, as if chosen in the list.
  const { c: openedFor } = useRouteQuery();
  const { choose } = choice;
  useEffect(() => {
    if (openedFor) choose(openedFor);
  }, [openedFor, choose]);
  const records = useResource(choice.current, loadRecords);
  const [figureForm, setFigureForm] = useState<Editing<PlatformFigure>>(null);
  const [postForm, setPostForm] = useState<Editing<MediaPost>>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleteFailed, setDeleteFailed] = useState<string | null>(null);

  const header = (
    <BrandHeader
      eyebrow="员工工作台"
      title="平台数据与媒体发布"
      subtitle={session ? `${session.account.name} · ${roleLabels[session.account.role]}` : undefined}
    />
  );
  if (!session) return <Screen>{header}</Screen>;

  const today = shanghaiDate(new Date());
  const options = unitOptions(units.state.status === 'ready' ? units.state.data : [], { ownUnitId: session.account.unitId });
  const saved = () => {
    setFigureForm(null);
    setPostForm(null);
    records.reload();
  };
  const remove = async (id: string, call: (id: string, mutationId: string) => Promise<unknown>) => {
    if (confirming !== id) {
      setConfirming(id);
      return;
    }
    setConfirming(null);
    setDeleteFailed(null);
    try {
      await call(id, uuidV4());
      records.reload();
    } catch {
      setDeleteFailed('删除失败，请检查网络后重试');
    }
  };
  const data = records.state.status === 'ready' ? records.state.data : null;

  return (
    <Screen>
      {header}
      <View className="screen__body records__body">
        <SelectField
          label="宣传活动"
          options={choice.options}
          value={choice.current ?? ''}
          placeholder={campaigns.state.status === 'loading' ? '正在加载…' : '暂无宣传活动'}
          onChange={choice.choose}
        />
        {records.state.status === 'failed' ? (
          <StatusPanel tone="error" title={records.state.error.userMessage} actionText="重新加载" onAction={records.reload} />
        ) : null}
        {deleteFailed ? <Text className="records__error">{deleteFailed}</Text> : null}

        <Section
          title="其他平台后台数据"
          hint="抖音、视频号、公众号、美篇、官网等平台后台显示的浏览、播放、分享、点赞、评论数（填报数据，与本系统统计分开）"
        >
          {data && data.figures.length === 0 ? <Text className="records__empty">尚未录入平台数据</Text> : null}
          {data?.figures.map((figure) => (
            <View key={figure.id} className="records__row records__figure">
              <Text className="records__row-title">
                {reportingPlatformLabels[figure.platform]} · {figure.subject}
              </Text>
              <Text className="records__row-meta">
                截至 {figure.asOf} · {figure.unitName} · 录入 {figure.createdBy}
                {figure.version > 1 ? ` · 第 ${figure.version} 版（${figure.updatedBy} 修改）` : ''}
              </Text>
              <Text className="records__row-figures">
                {platformFigureNames
                  .filter((name) => figure[name] !== undefined)
                  .map((name) => `${platformFigureLabels[name]} ${figure[name]}`)
                  .join('，')}
              </Text>
              <View className="records__row-actions">
                <ActionButton text="修改" size="small" variant="secondary" onClick={() => setFigureForm({ record: figure })} />
                <ActionButton
                  text={confirming === figure.id ? '确认删除' : '删除'}
                  size="small"
                  variant="danger"
                  onClick={() => void remove(figure.id, deletePlatformFigure)}
                />
              </View>
            </View>
          ))}
          {figureForm && choice.current ? (
            <PlatformFigureForm
              key={figureForm.record?.id ?? 'new'}
              campaignCode={choice.current}
              units={options}
              defaultUnitId={session.account.unitId}
              today={today}
              editing={figureForm.record}
              onSaved={saved}
              onCancel={() => setFigureForm(null)}
            />
          ) : (
            <ActionButton
              text="录入平台数据"
              onClick={() => setFigureForm({ record: null })}
              disabled={!choice.current}
              className="records__add-figure"
            />
          )}
        </Section>

        <Section title="媒体发布信息" hint="官网、公众号、美篇、新闻媒体、客资平台、视频号、抖音等发布的宣传信息">
          {data && data.posts.length === 0 ? <Text className="records__empty">尚未登记媒体发布</Text> : null}
          {data?.posts.map((post) => (
            <View key={post.id} className="records__row records__post">
              <Text className="records__row-title">
                {mediaOutletLabels[post.outlet]} · {post.title}
              </Text>
              <Text className="records__row-meta">
                {post.publishedOn} · {post.unitName} · 录入 {post.createdBy}
                {post.version > 1 ? ` · 第 ${post.version} 版（${post.updatedBy} 修改）` : ''}
              </Text>
              <Text className="records__row-link">{post.url}</Text>
              <View className="records__row-actions">
                <ActionButton text="修改" size="small" variant="secondary" onClick={() => setPostForm({ record: post })} />
                <ActionButton
                  text={confirming === post.id ? '确认删除' : '删除'}
                  size="small"
                  variant="danger"
                  onClick={() => void remove(post.id, deleteMediaPost)}
                />
              </View>
            </View>
          ))}
          {postForm && choice.current ? (
            <MediaPostForm
              key={postForm.record?.id ?? 'new'}
              campaignCode={choice.current}
              units={options}
              defaultUnitId={session.account.unitId}
              today={today}
              editing={postForm.record}
              onSaved={saved}
              onCancel={() => setPostForm(null)}
            />
          ) : (
            <ActionButton
              text="登记媒体发布"
              onClick={() => setPostForm({ record: null })}
              disabled={!choice.current}
              className="records__add-post"
            />
          )}
        </Section>
      </View>
    </Screen>
  );
}
