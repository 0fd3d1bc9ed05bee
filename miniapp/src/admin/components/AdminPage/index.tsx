import type { ReactNode } from 'react';
import { roleLabels } from '@rights-outreach/shared';
import type { Session } from '../../../auth/session';
import { DeskPage } from '../../../components/desk/DeskPage';
import { goAdminHome } from '../../navigation';

interface AdminPageProps {
  title: string;
  subtitle?: string;
  /** The admin home itself has no "back to home" link. */
  isHome?: boolean;
  /** The page body, rendered only for a signed-in admin. */
  children: (session: Session) => ReactNode;
}

const adminOnly = ['admin'] as const;

const refusal = (session: Session) => ({
  title: '仅管理员可使用',
  message: `您当前以“${roleLabels[session.account.role]}”身份登录。机构、账号、宣传活动和资料的管理请使用管理员账号。`,
});

/** Frame of every admin page: the desk frame, for admins only. */
export function AdminPage({ title, subtitle, isHome = false, children }: AdminPageProps) {
  return (
    <DeskPage
      area="管理后台"
      roles={adminOnly}
      refusal={refusal}
      title={title}
      subtitle={subtitle}
      home={isHome ? undefined : { label: '管理首页', onOpen: goAdminHome }}
    >
      {children}
    </DeskPage>
  );
}
