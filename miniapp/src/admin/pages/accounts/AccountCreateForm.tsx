import { View } from '@tarojs/components';
import { useState } from 'react';
import { CreateAccountRequestSchema, roleLabels, roles, type AccountView, type OrgUnit, type Role } from '@rights-outreach/shared';
import { createAccount } from '../../../services/accounts';
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
import { accountHints } from './accountHints';

interface AccountCreateFormProps {
  units: OrgUnit[];
  onCreated: (account: AccountView) => void;
}

interface AccountDraft {
  employeeNo: string;
  name: string;
  role: Role;
  unitId: string;
  password: string;
}

const emptyDraft: AccountDraft = { employeeNo: '', name: '', role: 'staff', unitId: '', password: '' };

/** 新建账号: 工号, 姓名, 角色, 机构 and an initial password, checked with the API's schema. */
export function AccountCreateForm({ units, onCreated }: AccountCreateFormProps) {
  const form = useForm<AccountDraft>(emptyDraft);
  const submit = useSubmit();
  const [created, setCreated] = useState('');

  const save = async () => {
    setCreated('');
    const request = form.check(CreateAccountRequestSchema, form.values, accountHints);
    if (!request) return;
    const result = await submit.run(() => createAccount(request));
    if (!result) return;
    if (result.ok) {
      onCreated(result.value);
      setCreated(`已新建账号 ${result.value.employeeNo}（${result.value.name}）`);
      // Keep role and unit: accounts are usually added several at a time for one branch.
      form.setValues((draft) => ({ ...draft, employeeNo: '', name: '', password: '' }));
    } else if (result.error.code === 'ALREADY_EXISTS') {
      form.setErrors({ employeeNo: result.error.userMessage });
    }
  };

  return (
    <View className="accounts__form">
      <FormField label="工号" required error={form.errors.employeeNo} id="account-employee-no">
        <TextInput
          value={form.values.employeeNo}
          onChange={(v) => form.set('employeeNo', v)}
          placeholder="3–20 位字母或数字"
          maxLength={20}
        />
      </FormField>
      <FormField label="姓名" required error={form.errors.name} id="account-name">
        <TextInput value={form.values.name} onChange={(v) => form.set('name', v)} placeholder="员工姓名" maxLength={20} />
      </FormField>
      <FormField label="角色" required error={form.errors.role} id="account-role">
        <ChoiceChips
          label="角色"
          options={optionsOf(roles, roleLabels)}
          value={form.values.role}
          onChange={(role) => form.set('role', role)}
        />
      </FormField>
      <FormField label="所属机构" required error={form.errors.unitId} hint="员工可查看和登记本机构及下级机构的活动" id="account-unit">
        <SelectField
          label="所属机构"
          options={unitOptions(units, { withLevel: true })}
          value={form.values.unitId}
          onChange={(v) => form.set('unitId', v)}
          placeholder="请选择所属机构"
        />
      </FormField>
      <FormField label="初始密码" required error={form.errors.password} hint="8–72 位" id="account-password">
        <TextInput
          value={form.values.password}
          onChange={(v) => form.set('password', v)}
          kind="password"
          placeholder="至少 8 位"
          maxLength={72}
          onConfirm={save}
        />
      </FormField>
      <FormMessage tone="error" text={submit.error && submit.error.code !== 'ALREADY_EXISTS' ? submit.error.userMessage : null} />
      <FormMessage tone="success" text={created} />
      <View className="accounts__actions">
        <ActionButton text="新建账号" loading={submit.submitting} onClick={save} />
      </View>
    </View>
  );
}
