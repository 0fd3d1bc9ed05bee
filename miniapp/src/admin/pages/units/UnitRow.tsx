import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  orgLevelLabels,
  type OrgUnit,
  type UnitKind,
  unitKindLabels,
  unitKindOf,
  unitKinds,
  UpdateOrgUnitRequestSchema,
} from '@rights-outreach/shared';
import { ChoiceChips } from '../../../components/form/ChoiceChips';
import { optionsOf } from '../../utils/options';
import { renameOrgUnit } from '../../../services/orgUnits';
import { ActionButton } from '../../../components/form/ActionButton';
import { FormField } from '../../../components/form/FormField';
import { FormMessage } from '../../components/FormMessage';
import { StatusBadge } from '../../../components/desk/StatusBadge';
import { TextInput } from '../../../components/form/TextInput';
import { useForm } from '../../hooks/useForm';
import { useSubmit } from '../../hooks/useSubmit';

interface UnitRowProps {
  unit: OrgUnit;
  depth: number;
  onRenamed: (unit: OrgUnit) => void;
}

const hints = { name: '机构名称为 2–40 个字' };

/** One unit of the tree, indented by depth; 改名 turns it into a small rename form. */
export function UnitRow({ unit, depth, onRenamed }: UnitRowProps) {
  const [editing, setEditing] = useState(false);
  const kind = unitKindOf(unit);
  const form = useForm<{ name: string; kind?: UnitKind }>({ name: unit.name, ...(kind ? { kind } : {}) });
  const submit = useSubmit();

  const save = async () => {
    const change = form.check(UpdateOrgUnitRequestSchema, form.values, hints);
    if (!change) return;
    const result = await submit.run(() => renameOrgUnit(unit.id, change));
    if (result?.ok) {
      onRenamed(result.value);
      setEditing(false);
    }
  };

  return (
    <View className={`units__row units__row--depth-${Math.min(depth, 4)}`} id={`unit-${unit.id}`}>
      <View className="units__line">
        <StatusBadge tone={depth === 0 ? 'info' : 'muted'} text={kind ? unitKindLabels[kind] : orgLevelLabels[unit.level]} />
        <Text className="units__name">{unit.name}</Text>
        <Text className="units__id">编号 {unit.id}</Text>
        {editing ? null : (
          <ActionButton size="small" variant="secondary" text={kind ? '改名 / 类型' : '改名'} onClick={() => setEditing(true)} />
        )}
      </View>
      {editing ? (
        <View className="units__rename">
          <FormField label="新名称" error={form.errors.name} id={`unit-${unit.id}-name`}>
            <TextInput value={form.values.name} onChange={(name) => form.set('name', name)} maxLength={40} onConfirm={save} />
          </FormField>
          {kind ? (
            <FormField label="网点类型" error={form.errors.kind} id={`unit-${unit.id}-kind`}>
              <ChoiceChips
                label="网点类型"
                options={optionsOf(unitKinds, unitKindLabels)}
                value={form.values.kind ?? kind}
                onChange={(next) => form.set('kind', next)}
              />
            </FormField>
          ) : null}
          <FormMessage tone="error" text={submit.error?.userMessage} />
          <View className="units__actions">
            <ActionButton size="small" text="保存" loading={submit.submitting} onClick={save} />
            <ActionButton
              size="small"
              variant="secondary"
              text="取消"
              onClick={() => {
                form.setValues({ name: unit.name, ...(kind ? { kind } : {}) });
                form.setErrors({});
                submit.setError(null);
                setEditing(false);
              }}
            />
          </View>
        </View>
      ) : null}
    </View>
  );
}
