import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import type { AccountView } from '@rights-outreach/shared';
import type { Session } from '../../../auth/session';
import { StatusPanel } from '../../../components/StatusPanel';
import { listAccounts } from '../../../services/accounts';
import { listOrgUnits } from '../../../services/orgUnits';
import { AdminPage } from '../../components/AdminPage';
import { LoadFailed } from '../../../components/desk/LoadFailed';
import { Section } from '../../../components/form/Section';
import { useLoaded } from '../../../hooks/useLoaded';
import { AccountCreateForm } from './AccountCreateForm';
import { AccountEditor } from './AccountEditor';
import { AccountTable } from './AccountTable';
import './index.css';

async function loadAccountsAndUnits() {
  const [accounts, units] = await Promise.all([listAccounts(), listOrgUnits()]);
  return { accounts, units };
}

/** 账号管理: every account, editing one, and creating one. */
export default function AdminAccountsPage() {
  return (
    <AdminPage title="账号管理" subtitle="员工账号、角色、所属机构与密码">
      {(session) => <AccountsBody session={session} />}
    </AdminPage>
  );
}

function AccountsBody({ session }: { session: Session }) {
  const { state, reload, update } = useLoaded(loadAccountsAndUnits);
  const [editing, setEditing] = useState<string | null>(null);

  if (state.status === 'failed') {
    return <LoadFailed error={state.error} onRetry={reload} />;
  }
  if (state.status !== 'ready') return <StatusPanel tone="loading" title="正在加载账号" />;

  const { accounts, units } = state.data;
  const selected = accounts.find((account) => account.employeeNo === editing);
  const put = (changed: AccountView) =>
    update((data) => {
      const known = data.accounts.some((a) => a.employeeNo === changed.employeeNo);
      const list = known ? data.accounts.map((a) => (a.employeeNo === changed.employeeNo ? changed : a)) : [...data.accounts, changed];
      return { ...data, accounts: list };
    });
  const edit = (employeeNo: string) => {
    setEditing(employeeNo);
    // The editor opens under the list: bring it into view on a long list.
    setTimeout(() => void Taro.pageScrollTo({ selector: '#account-editor', duration: 200 }).catch(() => undefined), 50);
  };

  return (
    <View>
      <Section title={`账号列表（${accounts.length}）`} hint="停用的账号不能登录；停用或重置密码后，该账号已登录的设备需重新登录。">
        <AccountTable accounts={accounts} units={units} selected={editing ?? undefined} onEdit={edit} />
      </Section>
      {selected ? (
        <Section title={`编辑账号 · ${selected.name}（${selected.employeeNo}）`} id="account-editor">
          <AccountEditor
            key={selected.employeeNo}
            account={selected}
            units={units}
            isSelf={selected.employeeNo === session.account.employeeNo}
            onSaved={put}
            onClose={() => setEditing(null)}
          />
        </Section>
      ) : null}
      <Section title="新建账号" hint="初始密码请当面或通过内部渠道告知员工。" id="account-create">
        <AccountCreateForm units={units} onCreated={put} />
      </Section>
    </View>
  );
}
