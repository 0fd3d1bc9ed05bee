import { Text, View } from '@tarojs/components';
import { roleLabels, type AccountView } from '@rights-outreach/shared';
import { listOrgUnits } from '../../../services/orgUnits';
import { Section } from '../../../components/form/Section';
import { useLoaded } from '../../../hooks/useLoaded';
import { unitName } from '../../../utils/orgTree';

/** Who is signed in: name, 工号, role and unit (its name once the org tree has loaded). */
export function SignedInCard({ account }: { account: AccountView }) {
  const { state } = useLoaded(listOrgUnits);
  const unit = state.status === 'ready' ? unitName(state.data, account.unitId) : account.unitId;
  return (
    <Section title="当前登录">
      <View className="admin-home__who">
        <Text className="admin-home__name">{account.name}</Text>
        <Text className="admin-home__meta">
          {roleLabels[account.role]} · 工号 {account.employeeNo} · {unit}
        </Text>
      </View>
    </Section>
  );
}
