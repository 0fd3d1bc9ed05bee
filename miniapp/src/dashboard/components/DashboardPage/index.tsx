import type { ReactNode } from 'react';
import { roleLabels } from '@rights-outreach/shared';
import type { Session } from '../../../auth/session';
import { DeskPage } from '../../../components/desk/DeskPage';
import { backToCampaignList } from '../../navigation';

interface DashboardPageProps {
  title: string;
  subtitle?: string;
  /** The campaign list itself has no "back to the list" link. */
  isHome?: boolean;
  children: (session: Session) => ReactNode;
}

/** Marketing (市场 / 消保部) reads the dashboard; admins too. */
export const dashboardRoles = ['marketing', 'admin'] as const;

/** Shown when the API refuses (403): a staff account, or a unit outside the user's own. */
export const noAccessHint = '数据看板仅供市场 / 消保部和管理员查看本机构及下级机构的数据。如需开通，请联系管理员。';

const refusal = (session: Session) => ({
  title: '您没有查看数据看板的权限',
  message: `您当前以“${roleLabels[session.account.role]}”身份登录。${noAccessHint}`,
});

/** Frame of every dashboard page: the desk frame (as the admin area), for marketing and admins. */
export function DashboardPage({ title, subtitle, isHome = false, children }: DashboardPageProps) {
  return (
    <DeskPage
      area="数据看板"
      roles={dashboardRoles}
      refusal={refusal}
      title={title}
      subtitle={subtitle}
      home={isHome ? undefined : { label: '宣传活动数据', onOpen: backToCampaignList }}
    >
      {children}
    </DeskPage>
  );
}
