import { View } from '@tarojs/components';
import { routes } from '../../../constants/routes';
import { ActionButton } from '../../../components/form/ActionButton';
import { AdminPage } from '../../components/AdminPage';
import { openPage, signOut } from '../../navigation';
import { MenuCard } from './MenuCard';
import { SignedInCard } from './SignedInCard';
import './index.css';

/** Admin home: who is signed in, and the way to each admin task. */
export default function AdminHomePage() {
  return (
    <AdminPage title="管理后台" subtitle="机构、账号、宣传活动与资料" isHome>
      {(session) => (
        <View>
          <SignedInCard account={session.account} />
          <View className="admin-home__menu">
            <MenuCard title="机构管理" text="总公司至柜面的机构树：新建机构、修改名称" onOpen={() => openPage(routes.adminUnits)} />
            <MenuCard title="账号管理" text="员工账号、角色、所属机构，停用与重置密码" onOpen={() => openPage(routes.adminAccounts)} />
            <MenuCard
              title="宣传活动管理"
              text="宣传周、宣传月等活动的时间、口号、资料与二维码"
              onOpen={() => openPage(routes.adminCampaigns)}
            />
            <MenuCard
              title="资料管理"
              text="八大权益与以案说险：编辑草稿、发布新版本、下架"
              onOpen={() => openPage(routes.adminMaterials)}
            />
            <MenuCard
              title="数据看板"
              text="各宣传活动的场次、浏览与触达，分机构数据、同比、主要成效与导出"
              onOpen={() => openPage(routes.dashboardCampaigns)}
            />
            <MenuCard title="活动登记" text="查看和登记一线宣传活动" onOpen={() => openPage(routes.events)} />
          </View>
          <View className="admin-home__signout">
            <ActionButton text="退出登录" variant="secondary" onClick={signOut} />
          </View>
        </View>
      )}
    </AdminPage>
  );
}
