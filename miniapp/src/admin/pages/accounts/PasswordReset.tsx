import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ResetPasswordRequestSchema, type AccountView } from '@rights-outreach/shared';
import { resetPassword } from '../../../services/accounts';
import { ActionButton } from '../../../components/form/ActionButton';
import { FormField } from '../../../components/form/FormField';
import { FormMessage } from '../../components/FormMessage';
import { TextInput } from '../../../components/form/TextInput';
import { useForm } from '../../hooks/useForm';
import { useSubmit } from '../../hooks/useSubmit';
import { confirmAction } from '../../utils/confirm';
import { accountHints } from './accountHints';

/** 重置密码: a new password for the account, after a confirm; the account's old sign-ins stop working. */
export function PasswordReset({ account }: { account: AccountView }) {
  const form = useForm({ password: '' });
  const submit = useSubmit();
  const [done, setDone] = useState('');

  const reset = async () => {
    setDone('');
    const request = form.check(ResetPasswordRequestSchema, form.values, accountHints);
    if (!request) return;
    const sure = await confirmAction(
      '重置密码',
      `确定将 ${account.name}（${account.employeeNo}）的密码重置为新密码吗？该账号已登录的设备都需要重新登录。`,
      '重置',
    );
    if (!sure) return;
    const result = await submit.run(() => resetPassword(account.employeeNo, request));
    if (result?.ok) {
      form.setValues({ password: '' });
      setDone('密码已重置，请把新密码告知员工');
    }
  };

  return (
    <View className="accounts__reset">
      <Text className="accounts__reset-title">重置密码</Text>
      <FormField label="新密码" required error={form.errors.password} hint="8–72 位" id="reset-password">
        <TextInput
          value={form.values.password}
          onChange={(v) => form.set('password', v)}
          kind="password"
          placeholder="至少 8 位"
          maxLength={72}
        />
      </FormField>
      <FormMessage tone="error" text={submit.error?.userMessage} />
      <FormMessage tone="success" text={done} />
      <View className="accounts__actions">
        <ActionButton text="重置密码" variant="danger" loading={submit.submitting} onClick={reset} />
      </View>
    </View>
  );
}
