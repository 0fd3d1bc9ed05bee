import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import {
  type OnlinePlatform,
  type OrgUnit,
  onlinePlatformLabels,
  onlinePlatforms,
  printedMaterialLabels,
  targetGroupLabels,
  targetGroups,
  type TargetGroup,
} from '@rights-outreach/shared';
import { ChoiceChips } from '../../../components/form/ChoiceChips';
import { DateTimeField } from '../../../components/form/DateTimeField';
import { FormField } from '../../../components/form/FormField';
import { Section } from '../../../components/form/Section';
import { SelectField } from '../../../components/form/SelectField';
import { ActionButton } from '../../../components/form/ActionButton';
import { StickyFooter } from '../../components/StickyFooter';
import { TextInput } from '../../../components/form/TextInput';
import { useEventForm } from '../../hooks/useEventForm';
import { useSaveEvent } from '../../hooks/useSaveEvent';
import { firstErrorField, isOnlineForm, type EventFormValues } from '../../logic/eventForm';
import { workplaceOptions } from '../../logic/workplaceChoice';
import { LocationField } from './LocationField';
import { TypePicker } from './TypePicker';

const groupOptions = targetGroups.map((group) => ({ value: group, label: targetGroupLabels[group] }));
const platformOptions = onlinePlatforms.map((platform) => ({ value: platform, label: onlinePlatformLabels[platform] }));

type PrintedField = 'leaflets' | 'colourPages' | 'posters' | 'otherPrinted';
const printedFields: { field: PrintedField; label: string }[] = [
  { field: 'leaflets', label: printedMaterialLabels.leaflets },
  { field: 'colourPages', label: printedMaterialLabels.colourPages },
  { field: 'posters', label: printedMaterialLabels.posters },
  { field: 'otherPrinted', label: printedMaterialLabels.other },
];

interface EventFormBodyProps {
  initial: EventFormValues;
  /** Set when editing. */
  eventId: string | null;
  campaignOptions: { value: string; label: string }[];
  unitOptions: { value: string; label: string }[];
  /** The org units the staff member may see (for the sales workplaces a 职场培训 names). */
  units: readonly OrgUnit[];
  /** A note when the lists come from the phone's copy. */
  listsNote?: string;
}

function scrollToField(field: string): void {
  Taro.pageScrollTo({ selector: `#field-${field}`, duration: 200, offsetTop: -16 }).catch(() => {
    // Scrolling is a courtesy; the messages are on the page either way.
  });
}

/** Every field of an event, validated with the API's schema on blur and on save. */
export function EventFormBody({ initial, eventId, campaignOptions, unitOptions, units, listsNote }: EventFormBodyProps) {
  const form = useEventForm(initial);
  const { save, error: saveError } = useSaveEvent(eventId);
  const { values, errors } = form;
  const online = isOnlineForm(values);
  const offered = values.type === 'workplace_training' ? workplaceOptions(units, values.unitId) : [];
  // A workplace chosen under another unit stays visible, so it can be taken off again.
  const workplaces = [
    ...offered,
    ...values.workplaceIds
      .filter((id) => !offered.some((option) => option.value === id))
      .map((id) => ({ value: id, label: `${units.find((unit) => unit.id === id)?.name ?? id}（不在所属机构下）` })),
  ];

  const onSave = () => {
    const result = form.submit();
    if (!result.ok) {
      const first = firstErrorField(result.errors);
      if (first) scrollToField(first === 'date' || first === 'time' ? 'startAt' : first);
      void Taro.showToast({ title: '请检查标红的内容', icon: 'none' }).catch(() => undefined);
      return;
    }
    save(result.fields);
  };

  const numberInput = (
    field: 'staffPresent' | 'headcount' | 'coverageMin' | 'coverageMax' | PrintedField | 'displayAreas' | 'viewersReported',
    placeholder = '0',
  ) => (
    <TextInput
      kind="number"
      value={values[field]}
      placeholder={placeholder}
      maxLength={8}
      onChange={(v) => form.setText(field, v)}
      onBlur={() => form.touch(field)}
      name={field}
    />
  );

  return (
    <View className="event-form">
      {listsNote ? <Text className="event-form__note">{listsNote}</Text> : null}
      <View className="event-form__campaign" id="event-form-campaign">
        <Text className="event-form__campaign-label">登记到宣传活动</Text>
        <Text className="event-form__campaign-name">
          {campaignOptions.find((option) => option.value === values.campaignCode)?.label ?? '尚未选择，请在下方选择'}
        </Text>
      </View>
      <Section title="基本信息">
        <FormField id="field-campaignCode" label="宣传活动" error={errors.campaignCode}>
          <SelectField
            label="宣传活动"
            options={campaignOptions}
            value={values.campaignCode}
            placeholder="请选择宣传活动"
            onChange={(v) => form.choose('campaignCode', v)}
          />
        </FormField>
        <FormField id="field-type" label="活动类型" error={errors.type}>
          <TypePicker value={values.type} onChange={(v) => form.choose('type', v)} />
        </FormField>
        <FormField id="field-unitId" label="所属机构" error={errors.unitId}>
          <SelectField
            label="所属机构"
            options={unitOptions}
            value={values.unitId}
            placeholder="请选择所属机构"
            onChange={(v) => form.choose('unitId', v)}
          />
        </FormField>
        <FormField id="field-title" label="活动名称" error={errors.title}>
          <TextInput
            value={values.title}
            placeholder="如：幸福社区“3·15”消保宣传"
            maxLength={40}
            onChange={(v) => form.setText('title', v)}
            onBlur={() => form.touch('title')}
            name="title"
          />
        </FormField>
      </Section>

      <Section title={online ? '时间平台' : '时间地点'}>
        <FormField id="field-startAt" label="开始时间" error={errors.startAt ?? errors.date ?? errors.time}>
          <View className="event-form__pair">
            <View className="event-form__pair-item">
              <DateTimeField mode="date" label="开始日期" value={values.date} onChange={(v) => form.choose('date', v)} />
            </View>
            <View className="event-form__pair-item">
              <DateTimeField mode="time" label="开始时间" value={values.time} onChange={(v) => form.choose('time', v)} />
            </View>
          </View>
        </FormField>
        {online ? (
          <>
            <FormField id="field-platform" label="线上平台" error={errors.platform}>
              <ChoiceChips<OnlinePlatform>
                look="field"
                label="线上平台"
                options={platformOptions}
                value={values.platform}
                onChange={(v) => form.choose('platform', v)}
              />
            </FormField>
            <FormField id="field-link" label="活动链接" optional hint="直播间或活动页面的 https 链接" error={errors.link}>
              <TextInput
                value={values.link}
                placeholder="https://"
                maxLength={500}
                onChange={(v) => form.setText('link', v)}
                onBlur={() => form.touch('link')}
                name="link"
              />
            </FormField>
          </>
        ) : null}
        {online ? null : (
          <>
            <FormField id="field-placeName" label="活动地点" error={errors.placeName}>
              <TextInput
                value={values.placeName}
                placeholder="如：幸福社区文化广场"
                maxLength={60}
                onChange={(v) => form.setText('placeName', v)}
                onBlur={() => form.touch('placeName')}
                name="placeName"
              />
            </FormField>
            <FormField id="field-location" label="现场定位" optional hint="用于核实活动地点；不定位也可以保存" error={errors.location}>
              <LocationField value={values.location} onChange={form.setLocation} />
            </FormField>
          </>
        )}
      </Section>

      <Section title="参与情况">
        <FormField id="field-targetGroups" label="重点人群" optional hint="可多选" error={errors.targetGroups}>
          <ChoiceChips<TargetGroup>
            look="field"
            multiple
            label="重点人群"
            options={groupOptions}
            value={values.targetGroups}
            onToggle={form.toggleTargetGroup}
          />
        </FormField>
        <FormField id="field-staffPresent" label="参与员工人数" error={errors.staffPresent}>
          {numberInput('staffPresent', '请输入人数')}
        </FormField>
        {online ? (
          <FormField id="field-viewersReported" label="平台报告观看人数" hint="以平台后台统计为准" error={errors.viewersReported}>
            {numberInput('viewersReported', '请输入人数')}
          </FormField>
        ) : null}
        {online ? null : (
          <>
            <FormField id="field-headcount" label="现场参与人数" hint="活动中可在详情页用计数器现场点数" error={errors.headcount}>
              {numberInput('headcount', '请输入人数')}
            </FormField>
            <FormField id="field-coverageMin" label="覆盖人群（人次，估算范围）" error={errors.coverageMin ?? errors.coverageMax}>
              <View className="event-form__pair">
                <View className="event-form__pair-item">{numberInput('coverageMin', '最少')}</View>
                <Text className="event-form__dash">—</Text>
                <View className="event-form__pair-item">{numberInput('coverageMax', '最多')}</View>
              </View>
            </FormField>
          </>
        )}
      </Section>

      {values.type === 'workplace_training' ? (
        <Section title="培训的营销职场">
          <FormField
            id="field-workplaceIds"
            label="营销职场"
            optional
            hint={workplaces.length > 0 ? '可多选：本次培训覆盖的营销职场' : '所属机构下暂无营销职场'}
            error={errors.workplaceIds}
          >
            {workplaces.length > 0 ? (
              <ChoiceChips<string>
                look="field"
                multiple
                label="营销职场"
                options={workplaces}
                value={values.workplaceIds}
                onToggle={form.toggleWorkplace}
              />
            ) : null}
          </FormField>
        </Section>
      ) : null}

      {online ? null : (
        <Section title="宣传物料">
          <View className="event-form__grid">
            {printedFields.map(({ field, label }) => (
              <View key={field} className="event-form__cell">
                <FormField id={`field-${field}`} label={`${label}（份）`} error={errors[field]}>
                  {numberInput(field)}
                </FormField>
              </View>
            ))}
          </View>
          <FormField id="field-displayAreas" label="展区数量（个）" error={errors.displayAreas}>
            {numberInput('displayAreas')}
          </FormField>
        </Section>
      )}

      <Section title="备注">
        <FormField id="field-notes" label="其他说明" optional error={errors.notes}>
          <TextInput
            kind="multiline"
            value={values.notes}
            placeholder="如：合作单位、现场情况等"
            maxLength={500}
            onChange={(v) => form.setText('notes', v)}
            onBlur={() => form.touch('notes')}
            name="notes"
          />
        </FormField>
      </Section>

      <StickyFooter>
        {saveError ? <Text className="event-form__save-error">{saveError}</Text> : null}
        <ActionButton text={eventId ? '保存修改' : '保存登记'} size="large" block onClick={onSave} className="event-form__save" />
      </StickyFooter>
    </View>
  );
}
