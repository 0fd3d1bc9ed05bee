import { Text, View } from '@tarojs/components';
import {
  platformFigureLabels,
  platformFigureNames,
  reportingPlatformLabels,
  reportingPlatforms,
  type PlatformFigure,
} from '@rights-outreach/shared';
import { ActionButton } from '../../../components/form/ActionButton';
import { ChoiceChips } from '../../../components/form/ChoiceChips';
import { DateTimeField } from '../../../components/form/DateTimeField';
import { FormField } from '../../../components/form/FormField';
import { SelectField } from '../../../components/form/SelectField';
import { TextInput } from '../../../components/form/TextInput';
import { createPlatformFigure, updatePlatformFigure } from '../../../services/outreachRecords';
import type { UnitOption } from '../../../utils/unitOptions';
import { checkPlatformFigure, draftOfPlatformFigure, emptyPlatformFigureDraft } from '../../logic/recordForms';
import { useRecordForm } from './useRecordForm';

interface PlatformFigureFormProps {
  campaignCode: string;
  units: UnitOption[];
  defaultUnitId: string;
  today: string;
  /** The entry to edit; none: a new one. */
  editing: PlatformFigure | null;
  onSaved: () => void;
  onCancel: () => void;
}

const platformOptions = reportingPlatforms.map((value) => ({ value, label: reportingPlatformLabels[value] }));

/** 录入平台数据: what one platform's back-end shows for one account or piece of content, as of a day. */
export function PlatformFigureForm({ campaignCode, units, defaultUnitId, today, editing, onSaved, onCancel }: PlatformFigureFormProps) {
  const form = useRecordForm(editing ? draftOfPlatformFigure(editing) : emptyPlatformFigureDraft(defaultUnitId, today));
  const { values, errors, set } = form;

  const save = async () => {
    const checked = checkPlatformFigure(values, campaignCode);
    if (!checked.ok) {
      form.setErrors(checked.errors);
      return;
    }
    const saved = await form.send((requestId) =>
      editing
        ? updatePlatformFigure(editing.id, { ...checked.fields, mutationId: requestId })
        : createPlatformFigure({ ...checked.fields, clientId: requestId }),
    );
    if (saved) onSaved();
  };

  const invalid = Object.keys(errors).length > 0;
  return (
    <View className="records__form" id="platform-figure-form">
      <Text className="records__form-title">{editing ? '修改平台数据' : '录入平台数据'}</Text>
      <Text className="records__form-hint">
        照抄该平台后台显示的累计数据；与本系统统计的数据分开展示，报告中写作“各平台”合计并注明本平台数。
      </Text>
      <FormField label="平台" required error={errors.platform} id="figure-platform">
        <ChoiceChips label="平台" look="field" options={platformOptions} value={values.platform} onChange={(v) => set('platform', v)} />
      </FormField>
      <FormField label="账号或内容" required error={errors.subject} hint="例如 番禺支公司视频号、《守住钱袋子》短视频" id="figure-subject">
        <TextInput value={values.subject} onChange={(v) => set('subject', v)} maxLength={40} />
      </FormField>
      <FormField label="所属机构" required error={errors.unitId} id="figure-unit">
        <SelectField label="所属机构" options={units} value={values.unitId} onChange={(v) => set('unitId', v)} />
      </FormField>
      <FormField label="截至日期" required error={errors.asOf} hint="后台数据统计到哪一天" id="figure-as-of">
        <DateTimeField label="截至日期" mode="date" value={values.asOf} onChange={(v) => set('asOf', v)} />
      </FormField>
      {platformFigureNames.map((name) => (
        <FormField key={name} label={platformFigureLabels[name]} optional error={errors[name]} id={`figure-${name}`}>
          <TextInput kind="number" value={values[name]} onChange={(v) => set(name, v)} placeholder="后台未显示可不填" maxLength={9} />
        </FormField>
      ))}
      <FormField label="备注" optional error={errors.notes} id="figure-notes">
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
