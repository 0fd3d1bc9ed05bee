import { Text, View } from '@tarojs/components';
import { mediaOutletLabels, mediaOutlets, type MediaPost } from '@rights-outreach/shared';
import { ActionButton } from '../../../components/form/ActionButton';
import { ChoiceChips } from '../../../components/form/ChoiceChips';
import { DateTimeField } from '../../../components/form/DateTimeField';
import { FormField } from '../../../components/form/FormField';
import { SelectField } from '../../../components/form/SelectField';
import { TextInput } from '../../../components/form/TextInput';
import { createMediaPost, updateMediaPost } from '../../../services/outreachRecords';
import type { UnitOption } from '../../../utils/unitOptions';
import { checkMediaPost, draftOfMediaPost, emptyMediaPostDraft } from '../../logic/recordForms';
import { useRecordForm } from './useRecordForm';

interface MediaPostFormProps {
  campaignCode: string;
  units: UnitOption[];
  defaultUnitId: string;
  today: string;
  editing: MediaPost | null;
  onSaved: () => void;
  onCancel: () => void;
}

const outletOptions = mediaOutlets.map((value) => ({ value, label: mediaOutletLabels[value] }));

/** 登记媒体发布: where it appeared, its title, link and day. */
export function MediaPostForm({ campaignCode, units, defaultUnitId, today, editing, onSaved, onCancel }: MediaPostFormProps) {
  const form = useRecordForm(editing ? draftOfMediaPost(editing) : emptyMediaPostDraft(defaultUnitId, today));
  const { values, errors, set } = form;

  const save = async () => {
    const checked = checkMediaPost(values, campaignCode);
    if (!checked.ok) {
      form.setErrors(checked.errors);
      return;
    }
    const saved = await form.send((requestId) =>
      editing
        ? updateMediaPost(editing.id, { ...checked.fields, mutationId: requestId })
        : createMediaPost({ ...checked.fields, clientId: requestId }),
    );
    if (saved) onSaved();
  };

  const invalid = Object.keys(errors).length > 0;
  return (
    <View className="records__form" id="media-post-form">
      <Text className="records__form-title">{editing ? '修改媒体发布' : '登记媒体发布'}</Text>
      <FormField label="发布渠道" required error={errors.outlet} id="post-outlet">
        <ChoiceChips label="发布渠道" look="field" options={outletOptions} value={values.outlet} onChange={(v) => set('outlet', v)} />
      </FormField>
      <FormField label="标题" required error={errors.title} id="post-title">
        <TextInput value={values.title} onChange={(v) => set('title', v)} maxLength={60} />
      </FormField>
      <FormField label="链接" required error={errors.url} hint="https:// 开头的完整网址" id="post-url">
        <TextInput value={values.url} onChange={(v) => set('url', v)} placeholder="https://" maxLength={500} />
      </FormField>
      <FormField label="发布日期" required error={errors.publishedOn} id="post-date">
        <DateTimeField label="发布日期" mode="date" value={values.publishedOn} onChange={(v) => set('publishedOn', v)} />
      </FormField>
      <FormField label="所属机构" required error={errors.unitId} id="post-unit">
        <SelectField label="所属机构" options={units} value={values.unitId} onChange={(v) => set('unitId', v)} />
      </FormField>
      <FormField label="备注" optional error={errors.notes} id="post-notes">
        <TextInput value={values.notes} onChange={(v) => set('notes', v)} maxLength={200} />
      </FormField>
      {invalid ? <Text className="records__error">{errors[''] ?? '请按红色提示修改后再保存'}</Text> : null}
      {form.failure ? <Text className="records__error">{form.failure.userMessage}</Text> : null}
      <View className="records__form-buttons">
        <ActionButton text="保存" loading={form.sending} onClick={() => void save()} className="records__save" />
        <ActionButton text="取消" variant="secondary" onClick={onCancel} />
      </View>
    </View>
  );
}
