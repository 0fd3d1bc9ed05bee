import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import {
  campaignTypeLabels,
  campaignTypes,
  CreateCampaignRequestSchema,
  targetGroupLabels,
  targetGroups,
  UpdateCampaignRequestSchema,
  type MaterialSummary,
} from '@rights-outreach/shared';
import { routes } from '../../../constants/routes';
import { createCampaign, updateCampaign } from '../../../services/campaigns';
import { errorUnder } from '../../../utils/fieldErrors';
import { ActionButton } from '../../../components/form/ActionButton';
import { ChoiceChips } from '../../../components/form/ChoiceChips';
import { DateTimeField } from '../../../components/form/DateTimeField';
import { FormField } from '../../../components/form/FormField';
import { FormMessage } from '../../components/FormMessage';
import { Section } from '../../../components/form/Section';
import { TextInput } from '../../../components/form/TextInput';
import { useForm } from '../../hooks/useForm';
import { useSubmit } from '../../hooks/useSubmit';
import { goBackOr } from '../../navigation';
import { optionsOf } from '../../utils/options';
import { CampaignMaterials } from './CampaignMaterials';
import { campaignHints, type CampaignDraft } from './campaignDraft';
import { QrLink } from './QrLink';

interface CampaignFormProps {
  mode: 'create' | 'edit';
  initial: CampaignDraft;
  /** Titles of materials the campaign already has beyond the eight rights. */
  knownMaterials?: MaterialSummary[];
}

const codeHint = '活动编号会写进二维码链接，印在海报、台卡和宣传单上，创建后不能修改。例如 rights-week-2027';

/** The campaign's details, checked with the API's own schema before anything is sent. */
export function CampaignForm({ mode, initial, knownMaterials }: CampaignFormProps) {
  const form = useForm<CampaignDraft>(initial);
  const submit = useSubmit();
  const { values, errors, set } = form;

  const save = async () => {
    const { code, ...details } = values;
    if (mode === 'create') {
      const request = form.check(CreateCampaignRequestSchema, values, campaignHints);
      if (!request) return;
      const result = await submit.run(() => createCampaign(request));
      if (result && !result.ok && result.error.code === 'ALREADY_EXISTS') form.setErrors({ code: result.error.userMessage });
      if (result?.ok) done('已创建');
    } else {
      const request = form.check(UpdateCampaignRequestSchema, details, campaignHints);
      if (!request) return;
      const result = await submit.run(() => updateCampaign(code, request));
      if (result?.ok) done('已保存');
    }
  };

  return (
    <View>
      <Section title="活动信息">
        <View className="campaign-form__fields">
          <FormField label="活动类型" required error={errors.type} id="campaign-type">
            <ChoiceChips
              label="活动类型"
              options={optionsOf(campaignTypes, campaignTypeLabels)}
              value={values.type}
              onChange={(v) => set('type', v)}
            />
          </FormField>
          <FormField label="活动名称" required error={errors.name} id="campaign-name">
            <TextInput
              value={values.name}
              onChange={(v) => set('name', v)}
              placeholder="例如 2027年“3·15”消费者权益保护教育宣传周"
              maxLength={60}
            />
          </FormField>
          <FormField label="主题口号" required error={errors.slogan} id="campaign-slogan">
            <TextInput value={values.slogan} onChange={(v) => set('slogan', v)} placeholder="例如 心系消费者 金融为人民" maxLength={80} />
          </FormField>
          <View className="campaign-form__dates">
            <FormField label="开始日期" required error={errors.startDate} id="campaign-start">
              <DateTimeField
                mode="date"
                label="开始日期"
                placeholder="请选择日期"
                value={values.startDate}
                onChange={(v) => set('startDate', v)}
              />
            </FormField>
            <FormField label="结束日期" required error={errors.endDate} hint="含当天，按北京时间" id="campaign-end">
              <DateTimeField
                mode="date"
                label="结束日期"
                placeholder="请选择日期"
                value={values.endDate}
                onChange={(v) => set('endDate', v)}
              />
            </FormField>
          </View>
          <FormField
            label="重点人群"
            error={errorUnder(errors, 'targetGroups')}
            hint="可多选，“一老一少”即老年人与青年人、学生"
            id="campaign-groups"
          >
            <ChoiceChips
              label="重点人群"
              multiple
              options={optionsOf(targetGroups, targetGroupLabels)}
              value={values.targetGroups}
              onChange={(v) => set('targetGroups', v)}
            />
          </FormField>
          {mode === 'create' ? (
            <FormField label="活动编号" required error={errors.code} hint={codeHint} id="campaign-code">
              <TextInput value={values.code} onChange={(v) => set('code', v)} placeholder="小写字母、数字或 -" maxLength={32} />
            </FormField>
          ) : null}
        </View>
      </Section>
      <Section title="宣传资料" hint="扫码后的宣传页按这里的顺序展示所选资料；未发布或已下架的资料不会展示给消费者。">
        <FormField
          label="展示的资料（按顺序）"
          error={errorUnder(errors, 'materialIds')}
          hint="可添加任意资料；在“资料管理”中新建和发布资料"
          id="campaign-materials"
        >
          <CampaignMaterials value={values.materialIds} onChange={(v) => set('materialIds', v)} known={knownMaterials} />
        </FormField>
      </Section>
      {mode === 'edit' ? <QrLink code={values.code} /> : null}
      <View className="campaign-form__submit">
        <FormMessage tone="error" text={submit.error && submit.error.code !== 'ALREADY_EXISTS' ? submit.error.userMessage : null} />
        <View className="campaign-form__buttons">
          <ActionButton text={mode === 'create' ? '创建宣传活动' : '保存修改'} loading={submit.submitting} onClick={save} />
          <ActionButton text="取消" variant="secondary" onClick={() => goBackOr(routes.adminCampaigns)} />
        </View>
      </View>
    </View>
  );
}

function done(message: string): void {
  void Taro.showToast({ title: message, icon: 'success', duration: 1200 });
  goBackOr(routes.adminCampaigns);
}
