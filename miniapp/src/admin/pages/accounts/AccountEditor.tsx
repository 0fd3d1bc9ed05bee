import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  roleLabels,
  roles,
  UpdateAccountRequestSchema,
  type AccountView,
  type OrgUnit,
  type Role,
  type UpdateAccountRequest,
} from '@rights-outreach/shared';
import { updateAccount } from '../../../services/accounts';
import { ActionButton } from '../../../components/form/ActionButton';
import { ChoiceChips } from '../../../components/form/ChoiceChips';
import { FormField } from '../../../components/form/FormField';
import { FormMessage } from '../../components/FormMessage';
import { SelectField } from '../../../components/form/SelectField';
import { TextInput } from '../../../components/form/TextInput';
import { useForm } from '../../hooks/useForm';
import { useSubmit } from '../../hooks/useSubmit';
import { confirmAction } from '../../utils/confirm';
import { optionsOf } from '../../utils/options';
import { unitOptions } from '../../../utils/unitOptions';
import { accountHints } from './accountHints';
import { PasswordReset } from './PasswordReset';

interface AccountEditorProps {
  account: AccountView;
  units: OrgUnit[];
  /** The admin's own account: its role and status are not offered (no locking oneself out). */
  isSelf: boolean;
  onSaved: (account: AccountView) => void;
  onClose: () => void;
}

interface AccountDetails {
  name: string;
  role: Role;
  unitId: string;
}

/** Only what the admin changed: the API takes a partial update. */
function changesOf(account: AccountView, draft: AccountDetails): UpdateAccountRequest {
  const change: UpdateAccountRequest = {};
  if (draft.name !== account.name) change.name = draft.name;
  if (draft.role !== account.role) change.role = draft.role;
  if (draft.unitId !== account.unitId) change.unitId = draft.unitId;
  return change;
}

/** Edit one account: name, role, unit; disable or enable it; set a new password. */
export function AccountEditor({ account, units, isSelf, onSaved, onClose }: AccountEditorProps) {
  const form = useForm<AccountDetails>({ name: account.name, role: account.role, unitId: account.unitId });
  const submit = useSubmit();
  const [saved, setSaved] = useState('');

  const save = async () => {
    setSaved('');
    const change = form.check(UpdateAccountRequestSchema, changesOf(account, form.values), accountHints);
    if (!change) return;
    const result = await submit.run(() => updateAccount(account.employeeNo, change));
    if (result?.ok) {
      onSaved(result.value);
      setSaved('已保存');
    }
  };

  const toggleDisabled = async () => {
    setSaved('');
    const disabling = !account.disabled;
    const sure = await confirmAction(
      disabling ? '停用账号' : '启用账号',
      disabling
        ? `停用后 ${account.name}（${account.employeeNo}）将不能登录，已登录的设备也会退出。确定停用吗？`
        : `启用后 ${account.name}（${account.employeeNo}）可以重新登录。确定启用吗？`,
      disabling ? '停用' : '启用',
    );
    if (!sure) return;
    const result = await submit.run(() => updateAccount(account.employeeNo, { disabled: disabling }));
    if (result?.ok) {
      onSaved(result.value);
      setSaved(disabling ? '账号已停用' : '账号已启用');
    }
  };

  return (
    <View className="accounts__form">
      <FormField label="姓名" required error={form.errors.name} id="edit-name">
        <TextInput value={form.values.name} onChange={(v) => form.set('name', v)} maxLength={20} />
      </FormField>
      <FormField label="角色" error={form.errors.role} id="edit-role">
        {isSelf ? (
          <Text className="accounts__fixed">{roleLabels[account.role]}（不能修改自己的角色）</Text>
        ) : (
          <ChoiceChips
            label="角色"
            options={optionsOf(roles, roleLabels)}
            value={form.values.role}
            onChange={(role) => form.set('role', role)}
          />
        )}
      </FormField>
      <FormField label="所属机构" error={form.errors.unitId} id="edit-unit">
        <SelectField
          label="所属机构"
          options={unitOptions(units, { withLevel: true })}
          value={form.values.unitId}
          onChange={(v) => form.set('unitId', v)}
        />
      </FormField>
      <FormMessage tone="error" text={form.errors[''] ?? submit.error?.userMessage} />
      <FormMessage tone="success" text={saved} />
      <View className="accounts__actions">
        <ActionButton text="保存修改" loading={submit.submitting} onClick={save} />
        {isSelf ? null : (
          <ActionButton
            text={account.disabled ? '启用账号' : '停用账号'}
            variant={account.disabled ? 'secondary' : 'danger'}
            disabled={submit.submitting}
            onClick={toggleDisabled}
          />
        )}
        <ActionButton text="收起" variant="secondary" onClick={onClose} />
      </View>
      <PasswordReset account={account} />
    </View>
  );
}
