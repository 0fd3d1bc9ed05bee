import { View } from '@tarojs/components';
import { useState } from 'react';
import {
  CreateOrgUnitRequestSchema,
  mayBeChildOf,
  orgLevelLabels,
  orgLevels,
  type OrgLevel,
  type OrgUnit,
  type UnitKind,
  unitKindLabels,
  unitKinds,
} from '@rights-outreach/shared';
import { createOrgUnit } from '../../../services/orgUnits';
import { ActionButton } from '../../../components/form/ActionButton';
import { ChoiceChips } from '../../../components/form/ChoiceChips';
import { FormField } from '../../../components/form/FormField';
import { FormMessage } from '../../components/FormMessage';
import { SelectField } from '../../../components/form/SelectField';
import { TextInput } from '../../../components/form/TextInput';
import { useForm } from '../../hooks/useForm';
import { useSubmit } from '../../hooks/useSubmit';
import { optionsOf } from '../../utils/options';
import { unitOptions } from '../../../utils/unitOptions';

interface UnitCreateFormProps {
  units: OrgUnit[];
  onCreated: (unit: OrgUnit) => void;
}

interface UnitDraft {
  parentId: string;
  level: OrgLevel | '';
  id: string;
  name: string;
  /** Units of the lowest level: 营业柜面 or 营销职场. */
  kind: UnitKind;
}

const hints = {
  id: '机构编号为 2–48 位小写字母、数字或连字符（-），以字母或数字开头',
  name: '机构名称为 2–40 个字',
  level: '请选择机构层级',
  parentId: '请选择上级机构',
  kind: '请选择网点类型',
};

const hasLevelBelow = (unit: OrgUnit) => orgLevels.some((level) => mayBeChildOf(level, unit.level));

/** The levels a new unit may take: below its parent's, or only the head office in an empty tree. */
function levelsUnder(parent: OrgUnit | undefined, treeIsEmpty: boolean): OrgLevel[] {
  if (parent) return orgLevels.filter((level) => mayBeChildOf(level, parent.level));
  return treeIsEmpty ? ['head_office'] : [];
}

/** 新建机构: parent, level (only those below the parent), id and name, checked with the API's schema. */
export function UnitCreateForm({ units, onCreated }: UnitCreateFormProps) {
  const treeIsEmpty = units.length === 0;
  const form = useForm<UnitDraft>({ parentId: '', level: treeIsEmpty ? 'head_office' : '', id: '', name: '', kind: 'counter' });
  const submit = useSubmit();
  const [created, setCreated] = useState('');

  const parent = units.find((unit) => unit.id === form.values.parentId);
  const levels = levelsUnder(parent, treeIsEmpty);

  const chooseParent = (parentId: string) => {
    form.set('parentId', parentId);
    const next = levelsUnder(
      units.find((unit) => unit.id === parentId),
      treeIsEmpty,
    );
    // Keep a level that still fits; otherwise suggest the one right below the parent.
    if (!(form.values.level && next.includes(form.values.level))) form.set('level', next[0] ?? '');
  };

  const save = async () => {
    setCreated('');
    const request = form.check(
      CreateOrgUnitRequestSchema,
      {
        id: form.values.id,
        name: form.values.name,
        level: form.values.level,
        parentId: form.values.parentId || undefined,
        ...(form.values.level === 'counter' ? { kind: form.values.kind } : {}),
      },
      // Without a parent no level can be offered: say which choice comes first.
      parent || treeIsEmpty ? hints : { ...hints, level: '请先选择上级机构，再选择层级' },
    );
    if (!request) return;
    const result = await submit.run(() => createOrgUnit(request));
    if (!result) return;
    if (result.ok) {
      onCreated(result.value);
      setCreated(`已新建“${result.value.name}”`);
      form.setValues((draft) => ({ ...draft, id: '', name: '' }));
    } else if (result.error.code === 'ALREADY_EXISTS') {
      form.setErrors({ id: result.error.userMessage });
    }
  };

  return (
    <View className="units__create">
      {treeIsEmpty ? null : (
        <FormField label="上级机构" required error={form.errors.parentId} id="unit-parent">
          <SelectField
            label="上级机构"
            options={unitOptions(units, { include: hasLevelBelow, withLevel: true })}
            value={form.values.parentId}
            onChange={chooseParent}
            placeholder="请选择上级机构"
          />
        </FormField>
      )}
      <FormField
        label="层级"
        required
        error={form.errors.level}
        hint={levels.length === 0 ? '请先选择上级机构' : undefined}
        id="unit-level"
      >
        <ChoiceChips
          label="机构层级"
          options={optionsOf(levels, orgLevelLabels)}
          value={form.values.level}
          onChange={(level) => form.set('level', level)}
        />
      </FormField>
      {form.values.level === 'counter' ? (
        <FormField label="网点类型" required error={form.errors.kind} hint="营业柜面设置宣传展区，营销职场参加职场培训" id="unit-kind">
          <ChoiceChips
            label="网点类型"
            options={optionsOf(unitKinds, unitKindLabels)}
            value={form.values.kind}
            onChange={(kind) => form.set('kind', kind)}
          />
        </FormField>
      ) : null}
      <FormField label="机构编号" required error={form.errors.id} hint="例如 gd-gz-panyu；创建后不能修改" id="unit-id">
        <TextInput value={form.values.id} onChange={(id) => form.set('id', id)} placeholder="小写字母、数字或 -" maxLength={48} />
      </FormField>
      <FormField label="机构名称" required error={form.errors.name} id="unit-name">
        <TextInput
          value={form.values.name}
          onChange={(name) => form.set('name', name)}
          placeholder="例如 番禺支公司"
          maxLength={40}
          onConfirm={save}
        />
      </FormField>
      <FormMessage tone="error" text={submit.error && submit.error.code !== 'ALREADY_EXISTS' ? submit.error.userMessage : null} />
      <FormMessage tone="success" text={created} />
      <View className="units__actions">
        <ActionButton text="新建机构" loading={submit.submitting} onClick={save} />
      </View>
    </View>
  );
}
