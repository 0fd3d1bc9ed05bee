import { Text } from '@tarojs/components';
import { roleLabels, type AccountView, type OrgUnit } from '@rights-outreach/shared';
import { ActionButton } from '../../../components/form/ActionButton';
import { DataTable, type Column } from '../../../components/desk/DataTable';
import { StatusBadge } from '../../../components/desk/StatusBadge';
import { unitName } from '../../../utils/orgTree';

interface AccountTableProps {
  accounts: AccountView[];
  units: OrgUnit[];
  selected?: string;
  onEdit: (employeeNo: string) => void;
}

/** 工号, 姓名, 角色, 机构, 状态, 微信 and an edit action per account. */
export function AccountTable({ accounts, units, selected, onEdit }: AccountTableProps) {
  const columns: Column<AccountView>[] = [
    { title: '工号', render: (a) => <Text>{a.employeeNo}</Text> },
    { title: '姓名', render: (a) => <Text className="accounts__name">{a.name}</Text> },
    { title: '角色', render: (a) => <Text>{roleLabels[a.role]}</Text>, grow: 1.2 },
    { title: '机构', render: (a) => <Text>{unitName(units, a.unitId)}</Text>, grow: 1.6 },
    { title: '状态', render: (a) => <StatusBadge tone={a.disabled ? 'warn' : 'good'} text={a.disabled ? '停用' : '正常'} />, grow: 0.7 },
    {
      title: '微信',
      render: (a) => <StatusBadge tone={a.wechatBound ? 'info' : 'muted'} text={a.wechatBound ? '已绑定' : '未绑定'} />,
      grow: 0.8,
    },
    {
      title: '操作',
      render: (a) => <ActionButton size="small" variant="secondary" text="编辑" onClick={() => onEdit(a.employeeNo)} />,
      grow: 0.7,
    },
  ];
  return <DataTable columns={columns} rows={accounts} rowKey={(a) => a.employeeNo} selectedKey={selected} empty="还没有账号。" />;
}
