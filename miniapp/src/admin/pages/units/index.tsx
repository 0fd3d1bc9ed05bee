import { View } from '@tarojs/components';
import type { OrgUnit } from '@rights-outreach/shared';
import { StatusPanel } from '../../../components/StatusPanel';
import { listOrgUnits } from '../../../services/orgUnits';
import { AdminPage } from '../../components/AdminPage';
import { LoadFailed } from '../../../components/desk/LoadFailed';
import { Section } from '../../../components/form/Section';
import { useLoaded } from '../../../hooks/useLoaded';
import { flattenOrgTree } from '../../../utils/orgTree';
import { UnitCreateForm } from './UnitCreateForm';
import { UnitRow } from './UnitRow';
import './index.css';

const neverMovedHint =
  '机构只能新建和改名，不能移动或改变上级：已登记的活动按登记时所在的机构汇总，移动机构会让历史统计对不上。如机构调整，请新建机构并把账号改到新机构。';

/** 机构管理: the org tree, renaming a unit, and adding one. */
export default function AdminUnitsPage() {
  return (
    <AdminPage title="机构管理" subtitle="总公司 → 省分公司 → 市分公司 → 县支公司 → 柜面 / 营销职场">
      {() => <UnitsBody />}
    </AdminPage>
  );
}

function UnitsBody() {
  const { state, reload, update } = useLoaded(listOrgUnits);
  if (state.status === 'failed') {
    return <LoadFailed error={state.error} onRetry={reload} />;
  }
  if (state.status !== 'ready') return <StatusPanel tone="loading" title="正在加载机构" />;

  const units = state.data;
  const replace = (changed: OrgUnit) => update((list) => list.map((unit) => (unit.id === changed.id ? changed : unit)));
  const add = (created: OrgUnit) => update((list) => [...list, created]);
  return (
    <View>
      <Section title={`机构树（${units.length}）`} hint={neverMovedHint}>
        <View className="units__tree" id="org-tree">
          {flattenOrgTree(units).map(({ unit, depth }) => (
            <UnitRow key={unit.id} unit={unit} depth={depth} onRenamed={replace} />
          ))}
        </View>
      </Section>
      <Section title="新建机构" hint="先选上级机构，再选层级：只能选比上级低的层级。" id="unit-create">
        <UnitCreateForm units={units} onCreated={add} />
      </Section>
    </View>
  );
}
