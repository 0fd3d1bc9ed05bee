import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { roleLabels } from '@rights-outreach/shared';
import type { Session } from '../../../auth/session';
import { DensityContext } from '../../../components/form/density';
import { Screen } from '../../../components/Screen';
import { StatusPanel } from '../../../components/StatusPanel';
import { useAdminSession } from '../../hooks/useAdminSession';
import { goAdminHome, signOut } from '../../navigation';
import { AdminHeader } from '../AdminHeader';
import './index.css';

interface AdminPageProps {
  title: string;
  subtitle?: string;
  /** The admin home itself has no "back to home" link. */
  isHome?: boolean;
  /** The page body, rendered only for a signed-in admin. */
  children: (session: Session) => ReactNode;
}

/**
 * Frame of every admin page: header, a centred column on wide screens (H5 on a desk),
 * and the gate: a signed-out visitor goes to the login page, anyone but an admin is refused.
 */
export function AdminPage({ title, subtitle, isHome = false, children }: AdminPageProps) {
  const access = useAdminSession();
  return (
    <Screen>
      {/* Desk density: the admin area is mostly used in a desktop browser. */}
      <DensityContext.Provider value='desk'>
        <View className='admin-page'>
          <AdminHeader
            title={title}
            subtitle={access.kind === 'admin' ? subtitle : undefined}
            onHome={access.kind === 'admin' && !isHome ? goAdminHome : undefined}
          />
          <View className='admin-container admin-page__body'>
            {access.kind === 'admin' ? children(access.session) : null}
            {access.kind === 'signedOut' ? <StatusPanel tone='loading' title='请先登录' message='正在前往登录页…' /> : null}
            {access.kind === 'forbidden' ? (
              <StatusPanel
                tone='error'
                title='仅管理员可使用'
                message={`您当前以“${roleLabels[access.session.account.role]}”身份登录。机构、账号、宣传活动和资料的管理请使用管理员账号。`}
                actionText='切换账号'
                onAction={signOut}
              />
            ) : null}
          </View>
        </View>
      </DensityContext.Provider>
    </Screen>
  );
}
